import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text });
const orgNames = (text: string) => read(text).organizations.map((o) => o.name);

describe("a ministry printed as its minister's seat", () => {
  it("is the place of the talks, no body, when its minister is named in the sentence", () => {
    const x = read("عقد وزير الخارجية الكيني جيمس موانغي جلسة مباحثات مع نظيره البرتغالي ألبرتو سوزا، وزير الخارجية البرتغالي، في مقر وزارة الخارجية البرتغالية بالعاصمة لشبونة.");
    expect(x.organizations.map((o) => o.name)).not.toContain("وزارة الخارجية البرتغالية");
    expect(x.locations.map((l) => l.name)).toContain("مقر وزارة الخارجية البرتغالية");
  });

  it("is no body when the minister is said again by the definite head alone", () => {
    const text = "استقبلت وزيرة الدفاع النمساوية كلارا هوبر الوفد الزائر.\n\nوكانت الوزيرة قد استقبلت ضيفها أمس في مقر وزارة الدفاع في فيينا.";
    expect(orgNames(text)).not.toContain("وزارة الدفاع");
  });

  it("stays a body when the sentence names no minister of it", () => {
    expect(orgNames("استقبل رئيس الأركان الفريق سامي ناصر ضيفه بمقر وزارة الدفاع الموريتانية.")).toContain("وزارة الدفاع الموريتانية");
  });

  it("stays a body when the minister of its field named there is the guest of another state", () => {
    const text = "نواكشوط - وصل وزير الداخلية المالي موسى كوليبالي إلى نواكشوط.\n\nوعقد مع مدير الأمن الوطني الموريتاني سيدي ولد أحمد جلسة مباحثات بمقر وزارة الداخلية.";
    expect(orgNames(text)).toContain("وزارة الداخلية");
  });
});
