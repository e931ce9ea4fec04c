import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-04" });
const others = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "other");

describe("interceptions, foiled crossings and clashes", () => {
  it("reads a boat intercepted ('اعترض … قاربا', 'اعتراض قارب'), not an objection ('اعترض على')", () => {
    const x = read("زورق", "", "بربرة - اعترض خفر السواحل الصومالي أمس زورقا يقل 40 مهاجرا قرب بربرة.");
    expect(others(x)).toHaveLength(1);
    const y = read("قارب", "", "بربرة - أعلنت قيادة خفر السواحل الصومالي أمس اعتراض قارب يقل 40 مهاجرا قرب بربرة.");
    expect(others(y)).toHaveLength(1);
    const z = read("جلسة", "", "مقديشو - اعترض النائب حسن عمر ورسمه أمس على مشروع القانون.");
    expect(others(z)).toHaveLength(0);
  });

  it("keeps a crossing foiled on a day of its own, told in the pluperfect, apart from the interception told before", () => {
    const x = read(
      "زورق",
      "",
      "بربرة - اعترض خفر السواحل الصومالي أمس الثلاثاء زورقا يقل 40 مهاجرا.",
      "وكان خفر السواحل قد أحبط يوم السبت الماضي محاولة مماثلة أوقف خلالها 25 مهاجرا.",
    );
    const o = others(x);
    expect(o.map((e) => e.date)).toEqual(["2026-03-03", "2026-02-28"]);
    // The sentence of the earlier one names no state: it is of the states of the one before.
    expect(o[1]?.countries).toEqual(o[0]?.countries);
  });

  it("leaves out the state a boat was trying to cross to", () => {
    const x = read("زورق", "", "بربرة - اعترض خفر السواحل الصومالي أمس زورقا يقل 40 مهاجرا كان يحاول العبور نحو السواحل اليمنية.");
    expect(others(x)[0]?.countries).toEqual(["SO"]);
  });

  it("reads a clash told by 'اشتبك'", () => {
    const x = read("مواجهات", "", "غاو - اشتبك الجيش المالي أمس مع مسلحين قرب مدينة غاو.");
    expect(others(x)).toHaveLength(1);
  });
});

describe("occasions still to be held", () => {
  it("reads no visit a body will organise ('ستنظم … زيارة')", () => {
    const x = read("منتدى", "", "وقال رئيس الغرفة سالم عادل النجار إن الغرفة ستنظم زيارة لوفد من التجار إلى أنقرة في الخريف.");
    expect(x.events.filter((e) => e.type === "visit")).toHaveLength(0);
  });

  it("reads no meeting a body holds 'next week', nor what it is to discuss", () => {
    const x = read("لجنة", "", "وتعقد اللجنة العليا للمياه اجتماعا الأسبوع المقبل لبحث خطة الري في الإقليم.");
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(0);
  });
});

describe("two holders of an office named again", () => {
  it("gives 'the two ministers' who toured a site the people of the occasion told before", () => {
    const x = read(
      "Border deal",
      "",
      "QUITO, March 4 (X) - Ecuadorian Defence Minister Rosa Elena Vaca and Colombian Defence Minister Jorge Ivan Prieto on Tuesday signed a border agreement in Tulcan.",
      "On Monday, the two ministers toured the customs post at Rumichaca.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.participants.length).toBeGreaterThan(0);
  });
});

describe("gatherings and matches told in clauses", () => {
  it("reads a forum that discussed, whose proceedings began today, as a conference, no meeting", () => {
    const x = read("منتدى", "", "مسقط - بحث منتدى الأعمال العماني الماليزي الذي انطلقت أعماله اليوم في مسقط فرص الاستثمار في الموانئ بمشاركة وزير التجارة العماني سالم بن ناصر الحارثي.");
    expect(x.events.map((e) => e.type)).toEqual(["conference"]);
  });

  it("reads no happening in a start told in a clause about a tournament", () => {
    const x = read("بطولة", "", "وعرفت البطولة، التي انطلقت في العاشر من مايو، مشاركة عشرة منتخبات.");
    expect(others(x)).toHaveLength(0);
  });

  it("reads a team's way to the final ('تأهل إلى النهائي بفوزه على …') with the rival's state, not the other semi-final's", () => {
    const x = read(
      "كرة اليد",
      "",
      "الرباط - فاز المنتخب الجزائري على المنتخب المغربي في المباراة النهائية لبطولة كرة اليد أمس الثلاثاء.",
      "وكان المنتخب الجزائري قد تأهل إلى النهائي يوم الأحد الماضي بفوزه على المنتخب الليبي، في حين تغلب المنتخب المغربي على نظيره الأردني.",
    );
    expect(others(x).map((e) => [...e.countries].sort())).toEqual([
      ["DZ", "MA"],
      ["DZ", "LY"],
    ]);
  });
});

describe("a tour and a landmark", () => {
  it("reads no visit in a round of a fair's stalls by someone at the fair", () => {
    const x = read(
      "Expo",
      "",
      "LAGOS, March 4 (X) - Nigerian Defence Minister Musa Bello Danjuma opened the West Africa Security Expo on Tuesday.",
      "On Tuesday, Ghanaian Deputy Defence Minister Kofi Adjei Mensah toured the stall of a local drone maker at the expo.",
    );
    expect(x.events.filter((e) => e.type === "visit")).toHaveLength(0);
  });

  it("places a boat intercepted off a town only a distance from it at that town", () => {
    const x = read("زورق", "", "أعلن خفر السواحل الصومالي أمس اعتراض زورق يقل 40 مهاجرا على بعد 15 ميلا بحريا شمال مدينة بربرة.");
    expect(others(x).map((e) => e.location)).toEqual(["بربرة"]);
  });
});

describe("the site of a project", () => {
  it("takes no venue from the town a memorandum is to build a plant in", () => {
    const x = read(
      "مذكرة",
      "",
      "الدوحة - وقعت شركة الخليج للأسمدة ومجموعة سنابل الزراعية اليوم مذكرة تفاهم لإنشاء مصنع للأسمدة في مدينة أسوان بحضور وزير الصناعة القطري سالم خالد المري.",
    );
    expect(x.events.find((e) => e.type === "agreement")?.location).toBe("الدوحة");
  });
});
