import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}/${l.kind}`);

describe("a zone named by the area's noun, a name and the adjective of trade or industry", () => {
  it("reads the zone whole as a site, whether a town or an eponym names it", () => {
    expect(placesOf("وزار الوفد أمس مصانع الشركة في منطقة صحار الصناعية، واطلع على خطوط الإنتاج.")).toContain("منطقة صحار الصناعية/site");
    expect(placesOf("وقعت الشركة عقدا لإنشاء مستودعات في منطقة الأمير سلطان بن فهد الاقتصادية قرب الميناء.")).toContain("منطقة الأمير سلطان بن فهد الاقتصادية/site");
  });

  it("lists no area apart for the name printed only inside the zone's", () => {
    const places = placesOf("وزار الوفد أمس مصانع الشركة في منطقة صحار الصناعية، واطلع على خطوط الإنتاج.");
    expect(places.filter((p) => p.includes("صحار"))).toEqual(["منطقة صحار الصناعية/site"]);
  });

  it("reads the zone with a preposition on the area's noun, and no zone from a word only ending like it", () => {
    expect(placesOf("وافتتح الوزير أمس مصنعا جديدا بمنطقة صحار الصناعية شمال البلاد.")).toContain("منطقة صحار الصناعية/site");
    expect(placesOf("وافتتح الوزير أمس مصنعا جديدا لمنطقة صحار الصناعية شمال البلاد.").some((p) => p.startsWith("لمنطقة"))).toBe(false);
  });

  it("reads no zone from a common noun after the area's noun", () => {
    expect(placesOf("وانتشرت الوحدات في منطقة العمليات الخاصة شمال البلاد.").some((p) => p.startsWith("منطقة"))).toBe(false);
  });

  it("takes no zone where a signing's project is to be built, told at length, as the signing's venue", () => {
    const x = extractArticle({ text: "توقيع\n\nوقعت المؤسسة العامة للموانئ، أمس الأربعاء في مسقط، اتفاقية مع شركة النخيل لإنشاء مركز لوجستي ومستودعات مبردة على مساحة 300 هكتار في منطقة صحار الصناعية." });
    const signing = x.events.find((e) => e.type === "agreement");
    expect(signing?.location).not.toBe("منطقة صحار الصناعية");
  });
});
