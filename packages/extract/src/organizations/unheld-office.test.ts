import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, tagger: false }).organizations.map((o) => o.name);

describe("a body of a state inside an office no one named holds", () => {
  it("is a body of the story", () => {
    expect(
      orgs(
        "خبر\n\nوسلم السفير الشحنة إلى العقيد سامر داود نعيم، بحضور مدير الإمداد والتموين للجيش النيجري وعدد من الضباط.",
      ),
    ).toContain("الجيش النيجري");
  });
  it("stays in the role when its holder is named right after it", () => {
    expect(
      orgs("خبر\n\nوالتقى الوفد مدير الإمداد والتموين للجيش النيجري، وهو العقيد سامر داود نعيم، في مكتبه."),
    ).not.toContain("الجيش النيجري");
  });
  it("stays in the role in a headline, where the body names the holder", () => {
    expect(
      orgs(
        "رئيس الإمداد للجيش النيجري يستقبل وفدا\n\nاستقبل العقيد سامر داود نعيم، رئيس شعبة الإمداد بجيش جمهورية النيجر، اليوم وفدا.",
      ),
    ).not.toContain("الجيش النيجري");
  });
});
