import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-04-08" });
const ofType = (x: ReturnType<typeof read>, type: string) => x.events.filter((e) => e.type === type);

describe("an occasion named in the words a person is said to have spoken", () => {
  it("is no meeting of the report (Arabic)", () => {
    const x = read(
      "مناورة",
      "",
      "اختتمت القوات البرية الكينية اليوم مناورة ميدانية قرب نيروبي.",
      "وأوضح اللواء سامي كيبتو في كلمته أن الاجتماع المقبل مع قادة الوحدات يهدف إلى تقييم النتائج.",
    );
    expect(ofType(x, "meeting")).toHaveLength(0);
  });

  it("is no meeting of the report (English)", () => {
    const x = read(
      "Drill ends",
      "",
      "Kenyan ground forces ended a field exercise near Nairobi on Wednesday.",
      "Major General Samuel Kipto told reporters that the talks with unit commanders would review the results.",
    );
    expect(ofType(x, "meeting")).toHaveLength(0);
  });

  it("keeps a meeting the sentence tells before anyone speaks", () => {
    const x = read("لقاء", "", "التقى اللواء سامي كيبتو اليوم في نيروبي العقيد يوسف أومارو، وبحثا التعاون العسكري.");
    expect(ofType(x, "meeting")).toHaveLength(1);
  });

  it("keeps a visit the narrator tells in a clause of his own after the words said", () => {
    const x = read(
      "Operation",
      "",
      "Police chief Daniel Ochieng said the operation was coordinated with the coast guard, whose commander, Rear Admiral Peter Wanjala, visited the naval base in Mombasa last week.",
    );
    expect(ofType(x, "visit")).toHaveLength(1);
  });
});
