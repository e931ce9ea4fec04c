import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}/${l.kind}`);

describe("a site named by its definite noun, the adjective of its kind and its town", () => {
  it("reads a base, a museum and a zone with the town after ب, في or ل as a site", () => {
    expect(placesOf("تفقد رئيس الأركان أمس القاعدة الجوية بسوسة واطلع على جاهزية الأسراب.")).toContain("القاعدة الجوية بسوسة/site");
    expect(placesOf("وزار الوفد المتحف الوطني في بيروت ثم عاد إلى الفندق.")).toContain("المتحف الوطني في بيروت/site");
    expect(placesOf("ووقعت الشركة العقد أمس بالمنطقة الصناعية لطنجة بحضور الوالي.")).toContain("المنطقة الصناعية لطنجة/site");
    expect(placesOf("ونظم المعرض في المنطقة الاقتصادية الخاصة في طنجة طيلة أسبوع.")).toContain("المنطقة الاقتصادية الخاصة في طنجة/site");
  });

  it("keeps the word for a town between ب and the town's name", () => {
    expect(placesOf("وافتتح الوزير جناحا في المستشفى الجهوي بمدينة سوسة صباح اليوم.")).toContain("المستشفى الجهوي بمدينة سوسة/site");
  });

  it("lists a site printed with its town in several ways once, under the form with في", () => {
    const places = placesOf("افتتح الوزير معرضا في المتحف الوطني بمدينة بيروت. وقال مدير المتحف الوطني في بيروت إن المعرض يستمر شهرا.");
    expect(places.filter((p) => p.startsWith("المتحف"))).toEqual(["المتحف الوطني في بيروت/site"]);
  });

  it("leaves out a town printed only inside the site's name", () => {
    const places = placesOf("وزار الوفد المنطقة الحرة في طنجة، حيث استمع إلى شرح عن الاستثمار.");
    expect(places).toContain("المنطقة الحرة في طنجة/site");
    expect(places).not.toContain("طنجة/city");
  });

  it("reads no site from a zone of a force's command, a noun with no adjective, or a town with the article", () => {
    expect(placesOf("وعقد الاجتماع في المنطقة العسكرية الثالثة في تمنراست.").some((p) => p.startsWith("المنطقة"))).toBe(false);
    expect(placesOf("وعاد الوفد إلى القاعدة بسوسة مساء.").some((p) => p.startsWith("القاعدة"))).toBe(false);
    expect(placesOf("وتفقد الوزير القاعدة البحرية بالقصر الصغير قرب طنجة.").some((p) => p.startsWith("القاعدة"))).toBe(false);
  });
});
