import { describe, expect, it } from "vitest";
import { findPlaceHits } from "./gazetteer";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.kind, h.iso2]);

describe("the gazetteer reads states' first-level divisions and the main towns of thinly listed states", () => {
  it.each([
    ["افتتح المحافظ مستشفى جديدا في الدقهلية", "الدقهلية", "region", "EG"],
    ["تفقد الوزير مزارع القليوبية والمنوفية", "المنوفية", "region", "EG"],
    ["هطلت أمطار غزيرة على شمال الباطنة", "شمال الباطنة", "region", "OM"],
    ["اجتمع المجلس البلدي في الظعاين", "الظعاين", "region", "QA"],
    ["وزعت المساعدات على النازحين في الترارزة", "الترارزة", "region", "MR"],
    ["نفذت القوات عملية في جوبا السفلى", "جوبا السفلى", "region", "SO"],
    ["شهدت أشانتي أمطارا موسمية", "أشانتي", "region", "GH"],
    ["انتشرت الشرطة في ولاية أويو", "ولاية أويو", "region", "NG"],
    ["اندلعت اشتباكات في إقليم قيرا", "إقليم قيرا", "region", "TD"],
    ["ضرب الجفاف مقاطعة توركانا", "مقاطعة توركانا", "region", "KE"],
    ["عززت الشرطة انتشارها في خراسان الجنوبية", "خراسان الجنوبية", "region", "IR"],
    ["وقع زلزال في مقاطعة قانسو", "مقاطعة قانسو", "region", "CN"],
    ["أجلت السلطات السكان من ولاية سلانغور", "ولاية سلانغور", "region", "MY"],
    ["عبر اللاجئون إلى منطقة ساغاينغ", "منطقة ساغاينغ", "region", "MM"],
    ["Floods hit villages across Kiambu and Machakos County", "Kiambu", "region", "KE"],
    ["The governor of Kwara visited the barracks", "Kwara", "region", "NG"],
    ["Troops were sent to Lualaba after the clashes", "Lualaba", "region", "CD"],
    ["وصل الرئيس إلى سيريكوندا", "سيريكوندا", "city", "GM"],
    ["رست السفينة في ميناء كلباء", "كلباء", "city", "AE"],
    ["The convoy reached Batticaloa at noon", "Batticaloa", "city", "LK"],
    ["نقل الجرحى إلى مستشفى في سيواس", "سيواس", "city", "TR"],
    ["أقيم المعرض في جناق قلعة هذا العام", "جناق قلعة", "city", "TR"],
    ["Refugees crossed near Aranyaprathet on Sunday", "Aranyaprathet", "city", "TH"],
    ["The ship called at Vung Tau before heading south", "Vung Tau", "city", "VN"],
  ])("%s", (text, surface, kind, iso2) => {
    expect(hits(text)).toContainEqual([surface, kind, iso2]);
  });
});

describe("a division's name that is also a common phrase is listed only with its head", () => {
  const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

  it("leaves 'put up for discussion' (مطروح) and 'the eastern basin' alone", () => {
    expect(placesOf("قال الوزير إن الملف مطروح على طاولة الحكومة منذ أشهر.")).toEqual([]);
    expect(placesOf("تحدث الخبير عن الحوض الشرقي للنهر وأهميته الزراعية.")).toEqual([]);
  });

  it("still reads the Egyptian governorate printed with its head", () => {
    const x = extractArticle({ text: "تدريب\n\nالقاهرة - نفذت القوات تدريبا في محافظة الشرقية يوم الأحد." });
    expect(x.locations).toContainEqual(expect.objectContaining({ name: "محافظة الشرقية", country: "EG" }));
  });
});
