import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text, publishedHint: "2027-01-10" }).events.map((e) => e.location);

describe("a site named by its noun, its kind's adjective and the town it stands in", () => {
  it("takes the town after في", () => {
    expect(places("زار الوزير محمد علي أمس المنطقة الحرة في بنغازي، حيث استقبله المدير.")).toContain("المنطقة الحرة في بنغازي");
  });
  it("takes the town after ب, the site's own proclitic left out", () => {
    expect(places("وقع الوزير محمد علي ونظيره خالد سعيد أمس الاتفاق بالمتحف الوطني بطرابلس.")).toContain("المتحف الوطني بطرابلس");
  });
  it("takes the town the zone belongs to after ل", () => {
    expect(places("وقبل ذلك زار الوزير محمد علي الموقع بالمنطقة الصناعية لبنغازي، برفقة العمدة.")).toContain("المنطقة الصناعية لبنغازي");
  });
  it("keeps a base named by its town after ب with no adjective", () => {
    expect(places("التقى الوزير محمد علي نظيره خالد سعيد في القاعدة البحرية بطرابلس أمس.")).toContain("القاعدة البحرية بطرابلس");
  });
  it("leaves a building said again with no adjective to the town", () => {
    expect(places("التقى الوزير محمد علي نظيره خالد سعيد أمس في المتحف في طرابلس.")).toContain("طرابلس");
  });
});
