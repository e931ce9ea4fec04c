import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-20" });
const others = (...lines: string[]) => read("خبر", "", ...lines).events.filter((e) => e.type === "other");

describe("a title won, a court's order and shots that wound are happenings", () => {
  it.each([
    ["a title won, crowned in Arabic", "أكادير - تُوّجت العداءة المغربية هند الصافي، مساء أمس، بلقب سباق نصف الماراثون الدولي."],
    ["a title won in English", "Kenyan runner Grace Wanjiru won the title at the Lisbon half marathon on Sunday."],
    ["a court's order in English", "The Harare High Court on Monday ordered a mining firm to pay compensation to 300 farmers."],
    ["a court's order in Arabic", "ألزمت المحكمة الإدارية في تونس شركة النقل بدفع تعويضات لعشرات العمال."],
    ["shots that wound, in English", "Shots fired from across the border wounded a Nepali herder near the river on Saturday."],
    ["a soldier hit by a sniper's bullet", "أصيب جندي جورجي برصاص قناص قرب قرية حدودية أمس."],
  ])("reads %s as a happening", (_, line) => {
    expect(others(line)).toHaveLength(1);
  });

  it.each([
    ["a minister's order", "The minister ordered a review of the port's security rules."],
    ["a ruling out", "The judge ruled out any delay in the hearing of the case."],
    ["support won", "The plan won the support of most members of the assembly."],
    ["a meeting crowned by a signing", "توج الاجتماع بالتوقيع على مذكرة تفاهم بين الجانبين."],
  ])("reads no happening in %s", (_, line) => {
    expect(others(line)).toHaveLength(0);
  });

  it("reads a court's order and its judge's ruling as one ruling", () => {
    const x = others(
      "The Harare High Court on Monday ordered a mining firm to pay compensation to 300 farmers.",
      "The judge ruled that the firm had ignored warnings from inspectors.",
    );
    expect(x).toHaveLength(1);
  });
});
