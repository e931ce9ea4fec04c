import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" });
const orgs = (text: string) => read(text).organizations.map((o) => o.name);

describe("bodies named with where they sit", () => {
  it("names a committee with the chamber it sits in, and ends the chamber before the next body", () => {
    const x = read("عنوان\nطالبت لجنة الدفاع في البرلمان الكيني الحكومة بتقرير عن الهجوم.");
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([["لجنة الدفاع في البرلمان الكيني", "KE"]]);
  });

  it("names an embassy with its city, which stays a place of the story", () => {
    const x = read("عنوان\nانتقدت السفارة الروسية في نيروبي القرار أمس.");
    expect(x.organizations.map((o) => o.name)).toEqual(["السفارة الروسية في نيروبي"]);
    expect(x.locations.map((l) => l.name)).toContain("نيروبي");
  });

  it("names a UN force after the state it serves in, not the UN itself", () => {
    expect(orgs("عنوان\nانتشرت الوحدات بالتنسيق مع قوة الأمم المتحدة المؤقتة في لبنان أمس.")).toContain("قوة الأمم المتحدة المؤقتة في لبنان");
    expect(orgs("عنوان\nقالت المنسقة المقيمة للأمم المتحدة في السودان سلمى نور إن الوضع خطير.")).not.toContain("الأمم المتحدة في السودان");
  });
});

describe("a body printed under two names joined by a dash", () => {
  it("reads an armed force after the dash as the same body", () => {
    expect(orgs("عنوان\nشاركت القوات المسلحة الأردنية - الجيش العربي في التمرين.")).toEqual(["القوات المسلحة الأردنية - الجيش العربي"]);
  });

  it("keeps a unit after the dash a body of its own", () => {
    const names = orgs("عنوان\nأعلنت قيادة الجيش اللبناني - مديرية التوجيه في بيان أن الطريق فتحت.");
    expect(names).toEqual(expect.arrayContaining(["الجيش اللبناني", "مديرية التوجيه"]));
  });
});
