import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import { isTagList } from "./header-lines";

// Every line below is written for these tests, not taken from a page.

const lineOf = (text: string) => buildDoc(text, "ar").lines[0]!;

describe("a line of tags", () => {
  it("is a short line of short parts between commas", () => {
    expect(isTagList(lineOf("الدفاع، التعاون العسكري، التدريب، الحدود"))).toBe(true);
  });

  it("is no body sentence, however many commas it prints", () => {
    const sentence = "وبحث الجانبان، خلال اللقاء الذي عقد في مقر الوزارة صباح اليوم، سبل تعزيز التعاون، وتبادل الخبرات، والتدريب المشترك.";
    expect(isTagList(lineOf(sentence))).toBe(false);
  });

  it("is no line of long parts", () => {
    expect(isTagList(lineOf("وزير الدفاع يستقبل نظيره، وفد عسكري رفيع المستوى، تمرين بحري"))).toBe(false);
  });
});
