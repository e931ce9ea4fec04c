import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Sentences written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-05-03" }).persons;

describe("an office held in a body a list gives a state", () => {
  it("serves that state, not the host's: Algeria's numbered military regions", () => {
    const ps = persons("اجتماع أمني\n\nنيامي - وحضر الجلسة الختامية العقيد سليم بوزيد، رئيس مصلحة الاستعلامات بالناحية العسكرية السادسة، إلى جانب ضباط من النيجر.\n\nوقاد الدوريات قائد الناحية العسكرية الخامسة اللواء رشيد عيسى.");
    expect(ps.find((p) => p.name === "سليم بوزيد")?.country).toBe("DZ");
    expect(ps.find((p) => p.name === "رشيد عيسى")?.country).toBe("DZ");
  });

  it("leaves a state printed in the office first", () => {
    const ps = persons("اجتماع\n\nنيامي - وحضر الجلسة العقيد صالح منصور ملحق الدفاع بسفارة الجزائر في نيامي.");
    expect(ps.find((p) => p.name === "صالح منصور")?.country).toBe("DZ");
  });
});
