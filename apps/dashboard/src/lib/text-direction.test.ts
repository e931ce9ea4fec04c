import { describe, expect, it } from "vitest";
import { isMostlyArabic, textDirection } from "./text-direction";

describe("isMostlyArabic", () => {
  it("recognises Arabic text, even with some Latin names in it", () => {
    expect(isMostlyArabic("التقى وزير الدفاع بنظيره في عمّان يوم الأحد لبحث التعاون NATO")).toBe(true);
  });
  it("rejects English and letterless text", () => {
    expect(isMostlyArabic("The minister met his counterpart in Amman on Sunday.")).toBe(false);
    expect(isMostlyArabic("12345 — !!")).toBe(false);
  });
});

describe("textDirection", () => {
  it("follows the detected language once known", () => {
    expect(textDirection("ar", "hello")).toEqual({ dir: "rtl", lang: "ar" });
    expect(textDirection("en", "مرحبا")).toEqual({ dir: "ltr", lang: "en" });
    expect(textDirection("other", "x")).toEqual({ dir: "auto", lang: undefined });
  });
  it("guesses from the letters before processing", () => {
    expect(textDirection(null, "خبر عاجل من بغداد")).toEqual({ dir: "rtl", lang: "ar" });
    expect(textDirection(null, "Breaking news")).toEqual({ dir: "auto", lang: undefined });
  });
});
