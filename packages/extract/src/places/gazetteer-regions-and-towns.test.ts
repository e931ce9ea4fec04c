import { describe, expect, it } from "vitest";
import { findPlaceHits } from "./gazetteer";
import { tokenize } from "../text/tokens";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.kind, h.iso2]);

describe("the gazetteer reads Morocco's twelve regions by their official names, with جهة or without", () => {
  it.each([
    ["ترأس والي جهة الداخلة وادي الذهب حفل الافتتاح", "جهة الداخلة وادي الذهب"],
    ["انطلقت القافلة الطبية في جهة الشرق صباح السبت", "جهة الشرق"],
    ["وقع مجلس جهة فاس مكناس اتفاقية للنقل", "جهة فاس مكناس"],
    ["تشهد جهة درعة تافيلالت موجة حر", "جهة درعة تافيلالت"],
    ["ارتفع عدد السياح في جهة سوس ماسة", "جهة سوس ماسة"],
    ["تعد الدار البيضاء سطات أكبر جهات المملكة", "الدار البيضاء سطات"],
  ])("%s", (text, surface) => {
    expect(hits(text)).toContainEqual([surface, "region", "MA"]);
  });

  it("leaves the common word الشرق alone without its head", () => {
    expect(hits("تتجه الأنظار إلى الشرق هذا العام").map((h) => h[0])).not.toContain("الشرق");
  });
});

describe("the gazetteer reads more towns, provinces and waters of thinly listed states", () => {
  it.each([
    ["The patrol boat called at Ulcinj and Herceg Novi", "Ulcinj", "city", "ME"],
    ["Troops from Danilovgrad joined the drill", "Danilovgrad", "city", "ME"],
    ["Miners marched in Chililabombwe and Chingola", "Chililabombwe", "city", "ZM"],
    ["وصلت المساعدات إلى تشيباتا شرق البلاد", "تشيباتا", "city", "ZM"],
    ["Floodwater reached Bangula overnight", "Bangula", "city", "MW"],
    ["The ferry crossed from Tiquina to the other shore", "Tiquina", "city", "BO"],
    ["Police stopped a truck near Yunguyo", "Yunguyo", "city", "PE"],
    ["ضبط خفر السواحل قاربا قرب سيحوت", "سيحوت", "city", "YE"],
    ["عقد الاجتماع في صاري آغاش على الحدود", "صاري آغاش", "city", "KZ"],
    ["The frigate was built in Western Australia", "Western Australia", "region", "AU"],
    ["A trawler was seen north of Savai'i", "Savai'i", "region", "WS"],
    ["Smugglers use the Adriatic to move goods", "Adriatic", "region", null],
  ])("%s", (text, surface, kind, iso2) => {
    expect(hits(text)).toContainEqual([surface, kind, iso2]);
  });
});

describe("the state of an unlisted English town printed after a comma", () => {
  it("is the state of a listed region that opens with a compass word ('X, Western Australia')", () => {
    const text = "New patrol boat\n\nAPIA, May 3 (AP) - The boat was built at a yard in Korvendale, Western Australia, and sailed to Samoa last week.";
    const loc = extractArticle({ text }).locations.find((l) => l.name === "Korvendale");
    expect(loc?.country).toBe("AU");
  });
});
