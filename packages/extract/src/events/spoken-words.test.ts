import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const count = (type: string, ...lines: string[]) =>
  extractArticle({ text: lines.join("\n"), publishedHint: "2027-04-08" }).events.filter((e) => e.type === type).length;

const ARABIC_ACCOUNT = [
  "مناورة",
  "",
  "اختتمت القوات البرية الكينية اليوم مناورة ميدانية قرب نيروبي.",
  "وأوضح اللواء سامي كيبتو في كلمته أن الاجتماع المقبل مع قادة الوحدات يهدف إلى تقييم النتائج.",
];
const ENGLISH_ACCOUNT = [
  "Drill ends",
  "",
  "Kenyan ground forces ended a field exercise near Nairobi on Wednesday.",
  "Major General Samuel Kipto told reporters that the talks with unit commanders would review the results.",
];

describe("an occasion named in the words a person is said to have spoken", () => {
  it.each([["Arabic", ARABIC_ACCOUNT], ["English", ENGLISH_ACCOUNT]])("is no meeting of the report (%s)", (_, lines) => {
    expect(count("meeting", ...lines)).toBe(0);
  });

  it("keeps a meeting the sentence tells before anyone speaks", () => {
    expect(count("meeting", "لقاء", "", "التقى اللواء سامي كيبتو اليوم في نيروبي العقيد يوسف أومارو، وبحثا التعاون العسكري.")).toBe(1);
  });

  it("keeps a visit the narrator tells in a clause of his own after the words said", () => {
    const told = "Police chief Daniel Ochieng said the operation was coordinated with the coast guard, whose commander, Rear Admiral Peter Wanjala, visited the naval base in Mombasa last week.";
    expect(count("visit", "Operation", "", told)).toBe(1);
  });
});
