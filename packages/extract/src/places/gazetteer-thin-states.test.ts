import { describe, expect, it } from "vitest";
import { findPlaceHits } from "./gazetteer";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.kind, h.iso2]);
const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("the gazetteer reads the provincial capitals and large towns of thinly listed states", () => {
  it.each([
    // Latin America
    ["وصل الرئيس إلى توكومان لحضور الاحتفال", "توكومان", "city", "AR"],
    ["اندلعت حرائق في الغابات قرب بيورا", "بيورا", "city", "PE"],
    ["اعتقلت الشرطة ثلاثة أشخاص في فيافيسينسيو", "فيافيسينسيو", "city", "CO"],
    ["ضرب زلزال مدينة تيموكو صباح اليوم", "تيموكو", "city", "CL"],
    ["أغلقت السلطات المعبر الحدودي في داخابون", "داخابون", "city", "DO"],
    ["تظاهر المزارعون في أواكساكا وتشيلبانسينغو", "تشيلبانسينغو", "city", "MX"],
    ["Protesters blocked roads between Cochabamba and Oruro", "Oruro", "city", "BO"],
    ["Gunmen attacked a village in Catatumbo", "Catatumbo", "region", "CO"],
    ["The army sent troops to Nuevo León after the ambush", "Nuevo León", "region", "MX"],
    ["Floods cut off towns across Rio Grande do Sul", "Rio Grande do Sul", "region", "BR"],
    ["أعلنت السلطات حالة الطوارئ في ميناس جيرايس", "ميناس جيرايس", "region", "BR"],
    ["قتل جنديان في هجوم بأنتيوكيا", "أنتيوكيا", "region", "CO"],
    // Africa, Asia and the Pacific
    ["نزح آلاف السكان من كيتغوم إلى المخيمات", "كيتغوم", "city", "UG"],
    ["استعادت القوات السيطرة على مونتيبويز", "مونتيبويز", "city", "MZ"],
    ["هاجم مسلحون قرية قرب كولوفاتا", "كولوفاتا", "city", "CM"],
    ["ارتفع منسوب المياه في بانجارماسين", "بانجارماسين", "city", "ID"],
    ["ضرب الإعصار تاكلوبان ليلا", "تاكلوبان", "city", "PH"],
    ["وصلت سفينة الحاويات إلى كياوكفيو", "كياوكفيو", "city", "MM"],
    ["هبطت الطائرة في تاورانغا بعد الظهر", "تاورانغا", "city", "NZ"],
    ["اجتاحت الفيضانات سومطرة الغربية", "سومطرة الغربية", "region", "ID"],
    ["Refugees crossed into Koboko from the border", "Koboko", "city", "UG"],
    ["Shelling was reported near Si Sa Ket on Thursday", "Si Sa Ket", "city", "TH"],
    ["The ferry sank off Mindoro", "Mindoro", "region", "PH"],
    ["Villagers fled Hpakant after the landslide", "Hpakant", "city", "MM"],
    // Eastern Europe and the Balkans
    ["فتحت مراكز الاقتراع في ميشكولتس", "ميشكولتس", "city", "HU"],
    ["سقطت مسيرة قرب إيساكتشا على الضفة الرومانية", "إيساكتشا", "city", "RO"],
    ["قصفت الصواريخ محطة كهرباء في كريمنشوك", "كريمنشوك", "city", "UA"],
    ["سقطت صواريخ على منطقة دنيبروبيتروفسك", "منطقة دنيبروبيتروفسك", "region", "UA"],
    ["تظاهر الآلاف في ستارا زاغورا", "ستارا زاغورا", "city", "BG"],
    ["عبر المهاجرون الحدود عند غيفغيليا", "غيفغيليا", "city", "MK"],
    ["Voters queued in Novi Pazar from early morning", "Novi Pazar", "city", "RS"],
    ["A munitions depot exploded at Vrbětice", "Vrbětice", "city", "CZ"],
    ["Drones struck an airfield near Starokostiantyniv", "Starokostiantyniv", "city", "UA"],
  ])("%s", (text, surface, kind, iso2) => {
    expect(hits(text)).toContainEqual([surface, kind, iso2]);
  });
});

describe("a new town whose name is also a common word is read only with a place's cue", () => {
  it.each([
    ["كتب اللاعبون تاريخا جديدا للنادي في البطولة."],
    ["عرضت الشركة روبوتين صغيرين في المعرض."],
    ["قالت ماري إنها ستعود إلى العمل قريبا."],
    ["The lira fell sharply against the dollar on Monday."],
    ["Mary told reporters she would not resign."],
    ["Deputy minister Nguyen Van Vinh told reporters the plan was ready."],
  ])("%s", (text) => {
    expect(placesOf(text)).toEqual([]);
  });

  it("reads Tarija and Turkmenistan's Mary after a town's noun", () => {
    expect(hits("وصل الوفد إلى مدينة تاريخا جنوبي البلاد")).toContainEqual(["تاريخا", "city", "BO"]);
    expect(hits("افتتح الرئيس مصنعا في مدينة ماري")).toContainEqual(["ماري", "city", "TM"]);
    expect(hits("Floods reached the city of Vinh overnight")).toContainEqual(["Vinh", "city", "VN"]);
  });
});

describe("the gazetteer reads ports, bases and island towns news names", () => {
  it.each([
    ["رست الفرقاطة في ميناء فيرول شمال إسبانيا", "فيرول", "city", "ES"],
    ["The frigate sailed from Fremantle on Monday", "Fremantle", "city", "AU"],
    ["The patrol boat returned to Betio before dusk", "Betio", "city", "KI"],
    ["Troops trained in Norrbotten last winter", "Norrbotten", "region", "SE"],
    ["وتعد جزر الساحل الدلماسي وجهة سياحية", "الساحل الدلماسي", "region", "HR"],
  ])("reads %s", (text, surface, kind, iso2) => {
    expect(hits(text)).toContainEqual([surface, kind, iso2]);
  });
});
