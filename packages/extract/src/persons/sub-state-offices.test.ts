import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role, country: p.country }));

describe("an office named by a region or a river goes on after في", () => {
  it("keeps the army a sector commander serves in (a river's name is no state)", () => {
    expect(read("وبحث قائد قطاع شمال الليطاني في الجيش اللبناني، العميد الركن سمير حداد، مع ضيفه خطة الانتشار.")).toEqual([
      { name: "سمير حداد", role: "قائد قطاع شمال الليطاني في الجيش اللبناني", country: "LB" },
    ]);
  });

  it("chains a second office after a region's name with no و", () => {
    expect(read("وقال والي جهة الشرق عامل إقليم بركان، كمال الحسني، إن الطريق سيفتح قريبا.")[0]?.role).toBe("والي جهة الشرق عامل إقليم بركان");
  });
});

describe("the Moroccan governor titled عامل", () => {
  it("reads عامل with its province as the office before a name", () => {
    expect(read("وترأس عامل إقليم الناظور، إدريس البقالي، اجتماعا أمنيا.")).toEqual([{ name: "إدريس البقالي", role: "عامل إقليم الناظور", country: "MA" }]);
  });
});

describe("a unit or a branch named right after an indefinite head", () => {
  it("reads the ف of فوج and فرع as the noun's own letter, no conjunction", () => {
    expect(read("وكان في استقباله قائد فوج الحدود البرية الأول، العقيد سامي نصر الدين، الذي عرض الخرائط.")[0]?.role).toBe("قائد فوج الحدود البرية الأول");
    expect(read("وقال مدير فرع الهيئة بالمنطقة، علي سالم الصقور، إن العمل جار.")[0]?.role).toBe("مدير فرع الهيئة بالمنطقة");
  });
});

describe("a spokesman for a body printed in quotes", () => {
  it("keeps the quoted body after باسم in the office", () => {
    expect(read("وقالت المتحدثة باسم «اليونيفيل»، كارلا بيانكي، إن القوة ستقدم الدعم.")[0]?.role).toBe("المتحدثة باسم «اليونيفيل»");
  });
});

describe("an office after a name, a comma and وهو", () => {
  it("is that name's office, with the state it names", () => {
    expect(read("وقال يوهان شميت، وهو مدير الإعلام في الجيش الألماني، إن التدريب مفيد.")).toEqual([
      { name: "يوهان شميت", role: "مدير الإعلام في الجيش الألماني", country: "DE" },
    ]);
  });
});
