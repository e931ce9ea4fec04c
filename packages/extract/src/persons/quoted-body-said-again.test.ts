import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role, country: p.country }));

describe("a body said again by its short name in quotes before a pronoun's office", () => {
  it("rebuilds the office with the body named in full before, and gives its seat's state", () => {
    const text =
      "وقعت شركة نجمة الساحل للتخزين، ومقرها دبي، أمس، اتفاقية مع مجموعة بهارات للنقل الهندية لإنشاء مستودع جديد.\n\n" +
      "ووقع الاتفاقية عن «نجمة الساحل» رئيستها التنفيذية، هدى سالم النعيمي، وعن «بهارات» رئيسها التنفيذي، فيكرام شارما، في مقر الشركة.";
    expect(read(text)).toEqual([
      { name: "هدى سالم النعيمي", role: "الرئيسة التنفيذية لشركة نجمة الساحل للتخزين", country: "AE" },
      { name: "فيكرام شارما", role: "الرئيس التنفيذي لمجموعة بهارات للنقل الهندية", country: "IN" },
    ]);
  });
});

describe("a district's name that is also a common word", () => {
  it("reads it as the place after قضاء, so a lawmaker for it serves its state", () => {
    expect(read("وحضر الاجتماع النائبة عن قضاء صور، رانيا يوسف، وممثل عن السفارة الإسبانية في بيروت.")).toEqual([
      { name: "رانيا يوسف", role: "النائبة عن قضاء صور", country: "LB" },
    ]);
  });
});
