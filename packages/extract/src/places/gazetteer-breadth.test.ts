import { describe, expect, it } from "vitest";
import { findPlaceHits } from "./gazetteer";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.kind, h.iso2]);

describe("the gazetteer reads states, provinces, Arctic towns, ports and waters news names", () => {
  it.each([
    ["أجرى الحاكم جولة في ولاية أوهايو أمس", "أوهايو", "region", "US"],
    ["هطلت ثلوج كثيفة على كارولاينا الجنوبية", "كارولاينا الجنوبية", "region", "US"],
    ["افتتح مكتب جديد في مقاطعة ساسكاتشوان", "ساسكاتشوان", "region", "CA"],
    ["هبطت الطائرة في إيكالويت بعد رحلة طويلة", "إيكالويت", "city", "CA"],
    ["وصلت بعثة علمية إلى لونغيربين", "لونغيربين", "city", "SJ"],
    ["رصدت غواصة قرب سيفيرودفينسك", "سيفيرودفينسك", "city", "RU"],
    ["أطلقت صواريخ من منطقة قريبة من سينبو", "سينبو", "city", "KP"],
    ["رست سفينة حربية قبالة غونايف", "غونايف", "city", "HT"],
    ["عبرت ناقلة النفط خليج باريا ليلا", "خليج باريا", "region", null],
    ["تتابع القوات البحرية الملاحة في مضيق لومبوك", "مضيق لومبوك", "region", null],
    ["اندلعت اشتباكات قرب بانغاسو شرقي البلاد", "بانغاسو", "city", "CF"],
    ["نقل الجرحى إلى مستشفى في كاولاك", "كاولاك", "city", "SN"],
    ["رصدت سفن صيد في بحر أرافورا", "بحر أرافورا", "region", null],
    ["A patrol boat sailed from Kaesong toward the coast", "Kaesong", "city", "KP"],
    ["Snow closed the roads across Saskatchewan", "Saskatchewan", "region", "CA"],
    ["تجري مناورات واسعة في شمال أوروبا هذا الشتاء", "شمال أوروبا", "region", null],
    ["نشرت قوات إضافية في وسط أوروبا", "وسط أوروبا", "region", null],
    ["Migrant boats keep crossing the Central Mediterranean", "Central Mediterranean", "region", null],
    ["تدربت وحدة من الحرس الوطني في بنسيلفانيا", "بنسيلفانيا", "region", "US"],
    ["The guard unit trained in Pennsylvania last spring", "Pennsylvania", "region", "US"],
    ["حلقت مقاتلتان فوق شبه جزيرة كولا", "شبه جزيرة كولا", "region", "RU"],
    ["تمركزت كتيبة قرب صحراء النقب", "صحراء النقب", "region", "IL"],
    ["وصل الجنود إلى روفانييمي للتدريب الشتوي", "روفانييمي", "city", "FI"],
    ["اجتمع الضباط في بوندوكو قرب الحدود", "بوندوكو", "city", "CI"],
    ["رست الغواصة في ميناء فيلهلمسهافن", "فيلهلمسهافن", "city", "DE"],
    ["Marines rotated through Darwin in the dry season", "Darwin", "city", "AU"],
    ["The drill took place near Pabrade on Monday", "Pabrade", "city", "LT"],
  ])("%s", (text, surface, kind, iso2) => {
    expect(hits(text)).toContainEqual([surface, kind, iso2]);
  });

  it("reads a town whose name is a common word only after a cue", () => {
    expect(hits("اشترى الطباخ جزرة من السوق").map((h) => h[0])).not.toContain("جزرة");
    expect(hits("فرض حظر التجول في مدينة جزرة جنوبي البلاد")).toContainEqual(["جزرة", "city", "TR"]);
  });
});
