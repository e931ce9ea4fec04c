import { describe, expect, it } from "vitest";
import { findPlaceHits } from "./gazetteer";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.kind, h.iso2]);

describe("the gazetteer reads the towns and provinces of states it once listed thinly", () => {
  it.each([
    ["افتتح المحافظ مدرسة جديدة في صبيا", "صبيا", "city", "SA"],
    ["وصلت الفرق الطبية إلى أبو عريش وصامطة", "صامطة", "city", "SA"],
    ["انطلق السباق من مرباط صباحا", "مرباط", "city", "OM"],
    ["زار الوزير الوحدة العسكرية في رمادة", "رمادة", "city", "TN"],
    ["عبرت الشاحنات معبر الذهيبة الحدودي", "الذهيبة", "city", "TN"],
    ["رست السفينة في ميناء موتسامودو", "موتسامودو", "city", "KM"],
    ["The convoy stopped at Benighat before dusk", "Benighat", "city", "NP"],
    ["The injured were taken to the hospital in Dhading Besi", "Dhading Besi", "city", "NP"],
    ["Rain flooded villages across Lumbini Province", "Lumbini Province", "region", "NP"],
    ["The governor toured Oyem and Bitam last week", "Bitam", "city", "GA"],
    ["Patrols were stepped up in Ogooué-Maritime", "Ogooué-Maritime", "region", "GA"],
    ["A radar was installed on Cap Lopez", "Cap Lopez", "region", "GA"],
    ["Traders crossed the bridge at Gendema", "Gendema", "city", "SL"],
    ["Police reinforced posts in Kailahun", "Kailahun", "city", "SL"],
    ["The market in Bo Waterside reopened on Monday", "Bo Waterside", "city", "LR"],
    ["Officials from Grand Cape Mount County attended", "Grand Cape Mount County", "region", "LR"],
    ["Farmers in Nimba County reported a good harvest", "Nimba County", "region", "LR"],
  ])("%s", (text, surface, kind, iso2) => {
    expect(hits(text)).toContainEqual([surface, kind, iso2]);
  });
});

describe("a listed town whose name is also a common word", () => {
  const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

  it("leaves 'and pains' (وآلام) alone, though it folds to the Niger town والام", () => {
    expect(placesOf("تحدث المريض عن أوجاعه وآلام الظهر التي يعانيها منذ أشهر.")).toEqual([]);
  });

  it("leaves 'knights' (فرسان) alone outside a place's cue", () => {
    expect(placesOf("كرم النادي فرسان البطولة في حفل ختامي بهيج.")).toEqual([]);
  });
});
