import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a civil service named by its generic words", () => {
  it("is a body of the story, as the national guard is", () => {
    expect(orgs("وأضاف المتحدث أن أعوان الحماية المدنية أخمدوا الحريق في المستودع بعد ساعتين.")).toEqual(["الحماية المدنية"]);
    expect(orgs("وقال شهود إن فرق الدفاع المدني انتشلت ثلاثة ناجين من تحت الأنقاض.")).toEqual(["الدفاع المدني"]);
  });
});
