import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a military region named by its number or its side (organizations/extent.ts)", () => {
  it("is a body when it acts, by its side or its ordinal", () => {
    expect(orgs("عنوان\nعمان - أحبطت المنطقة العسكرية الشمالية فجر الخميس محاولة تهريب.")).toContain("المنطقة العسكرية الشمالية");
    expect(orgs("عنوان\nالجزائر - نفذت وحدات الناحية العسكرية الخامسة عملية تمشيط.")).toContain("الناحية العسكرية الخامسة");
  });

  it("with a command word before it the command is named", () => {
    expect(orgs("عنوان\nأعلنت قيادة المنطقة العسكرية الجنوبية حالة التأهب.")).toContain("قيادة المنطقة العسكرية الجنوبية");
  });

  it("names no body with neither, nor inside its commander's office", () => {
    expect(orgs("عنوان\nوصل الوفد إلى مقر في المنطقة العسكرية أمس.")).toEqual([]);
    expect(orgs("عنوان\nوقال قائد المنطقة العسكرية الشرقية العميد سامر حداد إن الوضع هادئ.")).not.toContain("المنطقة العسكرية الشرقية");
  });
});

describe("forces described by where they stand (organizations/state-only.ts)", () => {
  it("are troops, no body's name", () => {
    const x = orgs("عنوان\nبيروت - قال الناطق سامي عون إن عديد القوات المنتشرة جنوب النهر سيبلغ عشرة آلاف، وإن القوات المشاركة في التمرين عادت.");
    expect(x.filter((n) => n.includes("القوات"))).toEqual([]);
  });
});

describe("a military region with its side before the word military (organizations/extent.ts)", () => {
  it("is the same kind of body", () => {
    expect(orgs("عنوان\nالقاهرة - شارك في التمرين ضباط من المنطقة الجنوبية العسكرية وقوات الصاعقة.")).toContain("المنطقة الجنوبية العسكرية");
    expect(orgs("عنوان\nأحبطت المنطقة الشمالية الغربية العسكرية محاولة تسلل ليلة الجمعة.")).toContain("المنطقة الشمالية الغربية العسكرية");
  });

  it("names no body without the word military", () => {
    expect(orgs("عنوان\nتقع القرية في المنطقة الجنوبية من البلاد.")).toEqual([]);
  });
});
