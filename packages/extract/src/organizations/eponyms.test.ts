import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" });
const names = (text: string) => read(text).organizations.map((o) => o.name);

describe("schools named after a person", () => {
  it("reads an academy or college named after a given name, with the father's names", () => {
    expect(names("عنوان\nالقاهرة - زار الوفد أكاديمية ناصر العسكرية العليا أمس.")).toContain("أكاديمية ناصر العسكرية العليا");
    expect(names("عنوان\nجاكرتا - وقع الطرفان في كلية أحمد بن محمد العسكرية اتفاقية لتبادل الطلبة.")).toContain("كلية أحمد بن محمد العسكرية");
  });

  it("leaves the person after a company or a definite head a person", () => {
    const x = read("عنوان\nالقاهرة - التقى رئيس الجامعة محمد علي بالطلاب أمس.");
    expect(x.persons.map((p) => p.name)).toContain("محمد علي");
    expect(x.organizations.some((o) => o.name.includes("محمد"))).toBe(false);
  });
});

describe("the body someone works at, named after where it sits", () => {
  it("lists a centre after 'at the X-based' as a body of the story", () => {
    expect(names("Title\nJohn Brown, an analyst at the Oslo-based Centre for Naval Studies, said the fleet was ready.")).toContain("Centre for Naval Studies");
  });
});

describe("a school named after a king or a prince", () => {
  it("keeps the title and the name in the body's name", () => {
    const x = extractArticle({ text: "خبر\n\nوتخرج الضباط من كلية الأمير نايف البحرية، ثم زار الوفد أكاديمية الملك خالد الجوية." });
    expect(x.organizations.map((o) => o.name)).toEqual(["كلية الأمير نايف البحرية", "أكاديمية الملك خالد الجوية"]);
  });
});

describe("a body named after a scholar known by his kunya or as 'son of'", () => {
  it("keeps أبو X with his nisba, or ابن X, in the body's name", () => {
    expect(names("خبر\n\nووقع المتحف اتفاقية مع معهد أبو نصر الفارابي للعلوم الإنسانية في ألماتي.")).toContain("معهد أبو نصر الفارابي للعلوم الإنسانية");
    expect(names("خبر\n\nوتعاقدت الوزارة مع كلية ابن رشد للعلوم الطبية في مراكش.")).toContain("كلية ابن رشد للعلوم الطبية");
  });
});
