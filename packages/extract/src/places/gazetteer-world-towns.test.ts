import { describe, expect, it } from "vitest";
import { findPlaceHits } from "./gazetteer";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.kind, h.iso2]);

describe("the gazetteer reads the second cities of every state, in both scripts", () => {
  it.each([
    ["وصلت شحنة المعدات إلى مصنع في ستالوفا فولا", "ستالوفا فولا", "city", "PL"],
    ["The howitzers are built at a plant in Stalowa Wola", "Stalowa Wola", "city", "PL"],
    ["رست الفرقاطة في ميناء تشانغوون الجنوبي", "تشانغوون", "city", "KR"],
    ["Officers met at the naval academy in Changwon", "Changwon", "city", "KR"],
    ["عقد الوزيران اجتماعا في أولانباتار", "أولانباتار", "city", "MN"],
    ["The delegation landed in Ulaanbaatar on Friday", "Ulaanbaatar", "city", "MN"],
    ["فر آلاف السكان من روتشورو بعد القتال", "روتشورو", "city", "CD"],
    ["Fighting spread near Rutshuru overnight", "Rutshuru", "city", "CD"],
    ["غمرت السيول قرى في نسانجي", "نسانجي", "city", "MW"],
    ["Floods cut the road between Nsanje and Chikwawa", "Chikwawa", "city", "MW"],
    ["أنقذ خفر السواحل مهاجرين قرب لامبيدوسا", "لامبيدوسا", "city", "IT"],
    ["حطت الطائرة في مطار سابورو", "سابورو", "city", "JP"],
    ["The rally drew thousands in Kananga", "Kananga", "city", "CD"],
    ["انطلقت القافلة من بورت هاركورت", "بورت هاركورت", "city", "NG"],
    ["The cadets trained in Kraków and Krakow alike", "Krakow", "city", "PL"],
    ["استقبل الميناء في نوفوروسيسك سفنا حربية", "نوفوروسيسك", "city", "RU"],
    ["Drones struck a depot outside Zaporizhzhia", "Zaporizhzhia", "city", "UA"],
    ["أقيم المعرض في مدينة تولوز الفرنسية", "تولوز", "city", "FR"],
    ["The summit moved to Thessaloniki in May", "Thessaloniki", "city", "GR"],
  ])("%s", (text, surface, kind, iso2) => {
    expect(hits(text)).toContainEqual([surface, kind, iso2]);
  });
});

describe("the gazetteer reads districts of Arab capitals and provinces with their state", () => {
  it.each([
    ["أقيمت الأمسية الشعرية في قاعة بحي بولاق الدكرور", "بولاق الدكرور", "region", "EG"],
    ["افتتح معرض للكتاب في كرداسة", "كرداسة", "region", "EG"],
    ["نظمت ورشة للرسم في جبل اللويبدة", "جبل اللويبدة", "region", "JO"],
    ["سقطت قذيفة قرب حي برزة", "برزة", "region", "SY"],
    ["جرى حفل التخرج في الجادرية ثم في زيونة", "زيونة", "region", "IQ"],
    ["أغلقت الطرق المؤدية إلى باب الزوار صباحا", "باب الزوار", "region", "DZ"],
    ["اندلع حريق في سوق بالكلاكلة", "الكلاكلة", "region", "SD"],
    ["شهدت قرقارش اشتباكات متقطعة", "قرقارش", "region", "LY"],
    ["زار الوفد مخيما في كابو ديلغادو", "كابو ديلغادو", "region", "MZ"],
    ["Rebels seized villages across South Kivu", "South Kivu", "region", "CD"],
    ["جال المسؤول في الشمال اللبناني أمس", "الشمال اللبناني", "region", "LB"],
    ["تواصلت الغارات على الشمال السوري", "الشمال السوري", "region", "SY"],
  ])("%s", (text, surface, kind, iso2) => {
    expect(hits(text)).toContainEqual([surface, kind, iso2]);
  });
});

describe("the gazetteer reads every state's official long name", () => {
  it.each([
    ["The envoy of the Democratic Republic of Congo spoke first", "Democratic Republic of Congo", "CD"],
    ["Talks with the Republic of Congo resumed", "Republic of Congo", "CG"],
    ["A ship flagged in the United Republic of Tanzania docked", "United Republic of Tanzania", "TZ"],
    ["The Socialist Republic of Vietnam signed the accord", "Socialist Republic of Vietnam", "VN"],
    ["Officials of the Plurinational State of Bolivia attended", "Plurinational State of Bolivia", "BO"],
    ["The People's Republic of Bangladesh sent observers", "People's Republic of Bangladesh", "BD"],
    ["وقعت جمهورية تنزانيا المتحدة الاتفاق", "جمهورية تنزانيا المتحدة", "TZ"],
    ["حضر ممثل جمهورية فنزويلا البوليفارية", "جمهورية فنزويلا البوليفارية", "VE"],
    ["أعلنت دولة بوليفيا المتعددة القوميات موقفها", "دولة بوليفيا المتعددة القوميات", "BO"],
    ["The Republic of the Philippines hosted the drill", "Republic of the Philippines", "PH"],
  ])("%s", (text, surface, iso2) => {
    expect(hits(text)).toContainEqual([surface, "country", iso2]);
  });
});
