import { describe, expect, it } from "vitest";
import { findPlaceHits } from "./gazetteer";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.kind, h.iso2]);
const locations = (text: string) => extractArticle({ text }).locations;
const names = (text: string) => locations(text).map((l) => l.name);

describe("the gazetteer covers provinces, towns, crossings and waters of thinly listed regions", () => {
  it.each([
    ["وصل الوفد إلى كابل قادما من قندهار", "كابل", "AF"],
    ["اشتباكات في ولاية ننغرهار شرقي البلاد", "ننغرهار", "AF"],
    ["أغلقت السلطات معبر طورخم أمام الشاحنات", "طورخم", "AF"],
    ["زار قاعدة جوية قرب كامرة في البنجاب", "كامرة", "PK"],
    ["هجوم على نقطة تفتيش في خضدار جنوب غرب البلاد", "خضدار", "PK"],
    ["عاد الرئيس إلى ناخيتشيفان بعد زيارة إلى أنقرة", "ناخيتشيفان", "AZ"],
    ["توجه الوفد الأوزبكي إلى ترمذ على الحدود الأفغانية", "ترمذ", "UZ"],
    ["قتل جنود في هجوم قرب بلدة بوريم شمالي البلاد", "بوريم", "ML"],
    ["نزح آلاف السكان من كاودا في جبال النوبة", "كاودا", "SD"],
    ["وصلت تعزيزات إلى بلدة الرنك في أعالي النيل", "الرنك", "SS"],
    ["أعيد فتح الطريق بين برعو ولاسعانود", "برعو", "SO"],
    ["انسحبت القوات من بلدة خانقين في ديالى", "خانقين", "IQ"],
    ["سيطرت القوات على مدينة سرمدا قرب الحدود", "سرمدا", "SY"],
    ["رست سفينة في ميناء الصليف غربي اليمن", "الصليف", "YE"],
    ["The delegation flew to Mandera and then to Wajir", "Mandera", "KE"],
    ["Navy ships sailed from Lumut toward the Natuna Islands", "Lumut", "MY"],
    ["Gunmen attacked a police post near Kerou before dawn", "Kerou", "BJ"],
    ["The ministers signed the accord in Djibouti City on Monday", "Djibouti City", "DJ"],
    ["Trucks queued for hours at the Turaibil crossing", "Turaibil", "IQ"],
    ["The factory near Baisogala will make shells", "Baisogala", "LT"],
    ["The drones will be assembled in Vejle from next year", "Vejle", "DK"],
    ["رافقت زوارق خفر السواحل السفينة إلى بورفو", "بورفو", "FI"],
    ["قتل جنود في هجوم على معسكر قرب باغا سولا", "باغا سولا", "TD"],
    ["اشتبكت وحدتان من الجيشين قرب دولو على الحدود", "دولو", "SO"],
    ["أقيمت المباراة في الملعب الأولمبي برادس", "رادس", "TN"],
    ["استقبل الرئيس ضيفه في القصر الرئاسي بكولوبا", "كولوبا", "ML"],
    ["وصلت شحنة أدوية إلى كيسانغاني شرقي البلاد", "كيسانغاني", "CD"],
    ["رست الفرقاطة في ميناء ناكالا شمالي البلاد", "ناكالا", "MZ"],
  ])("%s → %s", (text, place, iso2) => {
    expect(hits(text)).toContainEqual([place, expect.any(String), iso2]);
  });

  it("a lower-case word opening a listed English name hides no name after it", () => {
    expect(hits("patrols in the Gulf of Aden and off Mogadishu")).toEqual([
      ["Gulf of Aden", "region", null],
      ["Mogadishu", "city", "SO"],
    ]);
  });

  it("a town whose name is a common word is read after the noun of a crossing", () => {
    expect(hits("أعيد فتح منفذ القائم الحدودي")).toEqual([["القائم", "city", "IQ"]]);
  });

  it("reads seas and straits of several states with no state of their own", () => {
    expect(hits("أبحرت الفرقاطة في خليج فنلندا ثم عبرت ممر دريك")).toEqual([
      ["خليج فنلندا", "region", null],
      ["ممر دريك", "region", null],
    ]);
  });

  it("leaves the common words that share a new place's name alone", () => {
    // "السلمية" peaceful, "السفيرة" the ambassador, "الفاو" the FAO, "التاجي" coronary.
    expect(hits("دعت السفيرة إلى الحلول السلمية وأشادت بتقرير الفاو عن الشريان التاجي")).toEqual([]);
    expect(hits("The Oral statement was read by Keren Levi")).toEqual([]);
    // NATO's Arabic name holds no sea.
    expect(hits("عزز حلف شمال الأطلسي دورياته")).toEqual([]);
    // Right after a cue word the town is meant.
    expect(hits("وصل إلى مدينة السلمية")).toEqual([["السلمية", "city", "SY"]]);
  });
});

describe("كابل the city or the cable", () => {
  it("a common noun before what the cable carries or where it runs", () => {
    expect(hits("أتلفت مرساة السفينة كابل اتصالات بحريا")).toEqual([]);
    expect(hits("مد كابل كهرباء جديد بين البلدين")).toEqual([]);
  });

  it("the city elsewhere", () => {
    expect(hits("وصل وفد رسمي إلى كابل أمس")).toEqual([["كابل", "city", "AF"]]);
  });
});

describe("a direction after a region names a part of it", () => {
  it("'ريف حمص الغربي' is one place, not the countryside and the city", () => {
    const text = "مباحثات أمنية\n\nدمشق - ناقش المجتمعون ضبط المعابر في منطقة القصير وريف حمص الغربي خلال اجتماعهم.";
    const l = locations(text).find((x) => x.name === "ريف حمص الغربي");
    expect(l).toMatchObject({ kind: "region", country: "SY" });
    expect(names(text)).not.toContain("حمص");
    expect(names(text)).not.toContain("ريف حمص");
  });

  it("a feminine direction may agree with a noun before the name, and a city takes none", () => {
    expect(hits("على حدود سيناء الشرقية")).toEqual([["سيناء", "region", "EG"]]);
    expect(hits("في ريف حمص الغربي")).toEqual([["ريف حمص الغربي", "region", "SY"]]);
    expect(hits("مدخل حمص الشمالي")).toEqual([["حمص", "city", "SY"]]);
  });
});

describe("a word of position after a body's noun", () => {
  it("starts where it was, not a longer name", () => {
    const x = extractArticle({ text: "هجوم مسلح\n\nنيامي - قتل ثلاثة جنود في هجوم على دورية للجيش قرب أغاديز مساء الاثنين.", tagger: false });
    expect(x.organizations.map((o) => o.name).filter((n) => n.includes("قرب"))).toEqual([]);
    expect(x.locations.map((l) => l.name)).toContain("أغاديز");
  });
});

describe("site names", () => {
  it("end before a verb in the future", () => {
    const text = "إغلاق معبر\n\nعمّان - قال المتحدث إن معبر زورين سيبقى مغلقا أمام الشاحنات حتى إشعار آخر.";
    expect(names(text)).toContain("معبر زورين");
    expect(names(text).some((n) => n.includes("سيبقى"))).toBe(false);
  });

  // A crossing is listed by its name alone (معبر X), its adjective an alias (src/places/crossing-names.test.ts).
  it("printed with and without the adjective of what they serve are one site", () => {
    const text = "ضبط شحنة\n\nعمّان - ضبطت الجمارك شحنة قرب معبر زورين الحدودي، وقال مدير معبر زورين إن التفتيش مستمر.";
    const sites = locations(text).filter((l) => l.kind === "site");
    expect(sites.map((l) => [l.name, extractArticle({ text }).locations.find((x) => x.name === l.name)?.aliases])).toEqual([["معبر زورين", ["معبر زورين الحدودي"]]]);
  });

  it("a town printed only as the name of its port is the port; printed alone too it is listed", () => {
    const only = "ضبط سفينة\n\nعدن - ضبطت قوات خفر السواحل سفينة محملة بالأسلحة قبالة ميناء نشطون شرقي البلاد.";
    expect(names(only)).toContain("ميناء نشطون");
    expect(names(only)).not.toContain("نشطون");
    const both = "ضبط سفينة\n\nعدن - ضبطت قوات خفر السواحل سفينة قبالة ميناء نشطون، ونقلت طاقمها إلى نشطون للتحقيق.";
    expect(names(both)).toEqual(expect.arrayContaining(["ميناء نشطون", "نشطون"]));
    // A town whose name is a common word is read only after a cue; printed bare elsewhere it is still printed.
    const homonym = "زيارة ميدانية\n\nالخرطوم - هبطت طائرة الوزير في مطار الأبيض صباح الأحد، ثم تفقد الوزير أحياء وسط الأبيض.";
    expect(names(homonym)).toEqual(expect.arrayContaining(["مطار الأبيض", "الأبيض"]));
  });

  it("an island the gazetteer lists with its head is one place, printed also without the head", () => {
    const text = "تمرين بحري\n\nأثينا - تبدأ الأسبوع المقبل مناورات بحرية قبالة جزيرة كريت بمشاركة سفن من ثلاث دول.";
    const crete = locations(text).filter((l) => /كريت/.test(l.name));
    expect(crete.map((l) => [l.name, l.kind, l.aliases])).toEqual([["جزيرة كريت", "region", ["كريت"]]]);
  });
});
