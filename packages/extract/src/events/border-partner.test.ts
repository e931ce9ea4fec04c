import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-05-12" });
const places = (x: ReturnType<typeof extractArticle>) => x.events.map((e) => e.location);

describe("the state across a border is not where talks, a signing or a visit took place", () => {
  it("leaves out the state after 'الحدود مع' in a signing's sentence", () => {
    const x = read("اتفاق", "", "بيشكك - وقع وزير الدفاع القرغيزي الفريق تالانت بيكوف ونظيره الكازاخي الفريق سريك نوروف أمس بروتوكولا لتنظيم الدوريات المشتركة على الحدود مع الصين.");
    expect(places(x)).toEqual(["بيشكك"]);
  });

  it("leaves out the state after 'الحدودية مع' in a visit's sentence", () => {
    const x = read("زيارة", "", "زار وزير الدفاع الأوزبكي الفريق رستم كريموف أمس المنطقة الحدودية مع أفغانستان.");
    expect(places(x)).toEqual([null]);
  });
});

describe("troops sent to one side of a border are not a deed of the state across it", () => {
  const countries = (x: ReturnType<typeof extractArticle>) => x.events.map((e) => e.countries);

  it("leaves the state after 'الحدود مع' out of a deployment's parties", () => {
    const x = read("كولومبيا تعزز قواتها على الحدود مع فنزويلا", "", "أعلنت وزارة الدفاع الكولومبية أمس نشر ثلاثة آلاف جندي إضافي في محيط مدينة كوكوتا، على الحدود مع فنزويلا، بعد ارتفاع حوادث التهريب.");
    expect(countries(x)).toEqual([["CO"]]);
  });
});

