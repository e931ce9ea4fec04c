import { describe, expect, it } from "vitest";
import { findPlaceHits } from "./gazetteer";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.kind, h.iso2]);

describe("towns and provinces Morocco administers in the Sahara are filed under MA, as the analysts do", () => {
  it.each([
    ["عبرت الشاحنات المعبر قرب الكركرات صباحا", "الكركرات", "city", "MA"],
    ["أوقف الدرك سائقا قرب بئر كندوز", "بئر كندوز", "city", "MA"],
    ["حضر الاجتماع عامل إقليم أوسرد", "إقليم أوسرد", "region", "MA"],
    ["افتتح مستشفى جديد في مدينة السمارة", "السمارة", "city", "MA"],
  ])("%s", (text, surface, kind, iso2) => {
    expect(hits(text)).toContainEqual([surface, kind, iso2]);
  });

  it("keeps the territory itself apart", () => {
    expect(hits("ناقش المجلس ملف الصحراء الغربية")).toContainEqual(["الصحراء الغربية", "country", "EH"]);
  });
});

describe("the Lake Chad basin is a region of several states", () => {
  it("is read whole, with no state", () => {
    expect(hits("تتواصل الهجمات في منطقة حوض بحيرة تشاد منذ أعوام")).toContainEqual(["منطقة حوض بحيرة تشاد", "region", null]);
  });
});

describe("the Moroccan cape east of Nador", () => {
  it("is a region of MA", () => {
    expect(hits("أنقذت البحرية مهاجرين قبالة رأس الماء فجر اليوم")).toContainEqual(["رأس الماء", "region", "MA"]);
  });
});

describe("the Saharan uplands lie in one state each", () => {
  it.each([
    ["زار السياح هضبة التاسيلي في الربيع", "هضبة التاسيلي", "DZ"],
    ["نظمت رحلات إلى جبال أكاكوس هذا الشتاء", "جبال أكاكوس", "LY"],
  ])("%s", (text, surface, iso2) => {
    expect(hits(text)).toContainEqual([surface, "region", iso2]);
  });
});

describe("the western desert of an Iraqi report is Iraq's, not the territory", () => {
  it("reads الصحراء الغربية as Iraq's region when the report names Iraq and not Morocco", () => {
    expect(hits("أعلن العراق تعزيز الدوريات في الصحراء الغربية على طول الحدود")).toContainEqual(["الصحراء الغربية", "region", "IQ"]);
  });

  it("keeps the territory when Morocco is named too", () => {
    expect(hits("ناقش العراق والمغرب ملف الصحراء الغربية")).toContainEqual(["الصحراء الغربية", "country", "EH"]);
  });
});
