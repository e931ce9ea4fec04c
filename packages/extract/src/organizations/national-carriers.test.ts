import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false });

describe("a state's airline", () => {
  it("is named by the carrier's words and its state", () => {
    const x = read("ووصل الوفد إلى المطار على متن طائرة تابعة للخطوط الجوية الكينية، ثم سافر مع الخطوط الجوية الملكية المغربية إلى الرباط.");
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([
      ["الخطوط الجوية الكينية", "KE"],
      ["الخطوط الجوية الملكية المغربية", "MA"],
    ]);
  });

  it("is no body where no state follows: those are lines of flight", () => {
    expect(read("وبحث الوزيران إعادة فتح الخطوط الجوية المباشرة بين البلدين.").organizations).toEqual([]);
  });
});
