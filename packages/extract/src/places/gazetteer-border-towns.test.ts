import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { findPlaceHits } from "./gazetteer";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article; the people are invented.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.kind, h.iso2]);
const locations = (text: string) => extractArticle({ text }).locations.map((l) => [l.name, l.country]);

describe("the gazetteer reads the border towns, district seats and provinces of unseen news", () => {
  it.each([
    ["ضبطت الدورية مهربين قرب عين دراهم فجر الأحد", "عين دراهم", "city", "TN"],
    ["نقل الجرحى إلى مستشفى غار الدماء", "غار الدماء", "city", "TN"],
    ["استعاد الجيش السيطرة على كوبيانسك", "كوبيانسك", "city", "UA"],
    ["عبر مئات المهاجرين من إيبياليس نحو الجنوب", "إيبياليس", "city", "CO"],
    ["وصلت قافلة الإغاثة إلى الجنينة ثم إلى كلبس", "كلبس", "city", "SD"],
    ["Migrants gathered in Ipiales before crossing", "Ipiales", "city", "CO"],
    ["Police reinforced the checkpoints in Carchi province", "Carchi", "region", "EC"],
    ["A patrol was ambushed near Ghardimaou on Sunday", "Ghardimaou", "city", "TN"],
    ["Shelling hit Kupiansk and Vovchansk overnight", "Kupiansk", "city", "UA"],
  ])("%s", (text, surface, kind, iso2) => {
    expect(hits(text)).toContainEqual([surface, kind, iso2]);
  });

  it("gives Tabarka its own state, not Algeria's", () => {
    expect(hits("رست السفينة في ميناء طبرقة")).toContainEqual(["طبرقة", "city", "TN"]);
  });

  it("keeps the head a province is printed with", () => {
    const text = "تدريبات حدودية\n\nيريفان - أجرى الجيش الأرميني تدريبات في محافظة تافوش شمالي البلاد يوم الثلاثاء.";
    expect(locations(text)).toContainEqual(["محافظة تافوش", "AM"]);
  });

  it("reads a town's name that is also a common word only after a cue", () => {
    expect(hits("فتح الاتفاق الباب أمام مفاوضات جديدة").filter((h) => h[1] !== "country")).toEqual([]);
    expect(hits("أقيم معسكر تدريبي للمجندين في الصحراء").filter((h) => h[1] !== "country")).toEqual([]);
    expect(hits("ثار بركان في الجزيرة وغطى الرماد القرى")).toEqual([]);
    expect(hits("سيطرت القوات على مدينة الباب شمالي حلب")).toContainEqual(["مدينة الباب", "city", "SY"]);
  });
});

describe("a town near a border is not placed across it", () => {
  it("gives an unlisted town the state filed from, not the state across the border", () => {
    const text = "ضبط شحنة\n\nتونس - قال مسؤول أمني إن الحرس الوطني حجز شحنة وقود مهربة في بلدة كفر زيتونة قرب الحدود مع الجزائر يوم الاثنين.";
    expect(locations(text)).toContainEqual(["كفر زيتونة", "TN"]);
  });

  it("reads the neighbour's demonym after the border the same way", () => {
    const text = "ضبط شحنة\n\nتونس - أوقفت الدورية مهربين في بلدة كفر زيتونة على الحدود الجزائرية يوم الاثنين.";
    expect(locations(text)).toContainEqual(["كفر زيتونة", "TN"]);
  });
});
