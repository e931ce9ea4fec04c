import { extractionSchema } from "@marsad/schema";
import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION, extractArticle } from "./index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string, publishedHint?: string) => extractionSchema.parse(extractArticle({ text, fileName: "t.txt", publishedHint }));
const person = (x: ReturnType<typeof read>, name: string) => x.persons.find((p) => p.name === name || p.aliases.includes(name));

describe("metadata", () => {
  it("reads headline, byline, agency and date from the header", () => {
    const x = read(
      [
        "رئيس الأركان الأردني يستقبل قائد القوات البحرية العمانية",
        "كتب: سامي يوسف",
        "الاثنين 12 كانون الثاني 2026",
        "عمان / بترا",
        "استقبل رئيس هيئة الأركان المشتركة الأردني اللواء يوسف سالم، اليوم الاثنين، قائد البحرية السلطانية العمانية اللواء البحري سيف ناصر والوفد المرافق له.",
      ].join("\n"),
    );
    expect(x.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(x.language).toBe("ar");
    expect(x.title).toBe("رئيس الأركان الأردني يستقبل قائد القوات البحرية العمانية");
    expect(x.author).toBe("سامي يوسف");
    expect(x.source).toBe("بترا");
    expect(x.published).toBe("2026-01-12");
  });

  it("has no headline when the page opens with a byline and a paragraph", () => {
    const x = read("كتبت منى سالم\nبحث وزير الدفاع المصري مع نظيره التونسي في القاهرة اليوم سبل تطوير التعاون العسكري بين البلدين في مجالات التدريب وتبادل الخبرات.");
    expect(x.title).toBeNull();
    expect(x.author).toBe("منى سالم");
  });

  it("reads English bylines and datelines", () => {
    const x = read("Army chiefs discuss border security\nBy Jane Porter - March 3, 2025\nAMMAN (Petra) -- Chief of Staff Maj. Gen. Yousef Saleh met on Monday with the visiting Iraqi Chief of Staff Lt. Gen. Abdel Amir Rashid in Amman to discuss border security.");
    expect(x.language).toBe("en");
    expect(x.author).toBe("Jane Porter");
    expect(x.source).toBe("Petra");
    expect(x.published).toBe("2025-03-03");
    const meeting = x.events.find((e) => e.type === "meeting");
    expect(meeting?.date).toBe("2025-03-03");
  });

  it("drops page furniture and keeps offsets into the cleaned text", () => {
    const x = read("عنوان الخبر عن زيارة رسمية\nاستقبل اللواء سالم أحمد نظيره.\nشارك\nالمواضيع ذات الصلة\nرابط قديم");
    expect(x.cleanedText).not.toContain("المواضيع ذات الصلة");
    expect(x.cleanedText).not.toContain("رابط قديم");
    for (const p of x.persons) for (const m of p.mentions) expect(x.cleanedText.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe("persons", () => {
  const text = [
    "زيارة رسمية لرئيس الأركان الليبي إلى القاهرة",
    "استقبل الفريق/ أحمد سالم، رئيس أركان حرب القوات المسلحة المصرية، الفريق الركن/ خالد عمر منصور، رئيس أركان القوات البرية الليبية، في القاهرة.",
    "ونقل الفريق منصور تحيات المشير عمر منصور إلى الرئيس المصري.",
    "وأكد الفريق سالم أهمية التعاون بين البلدين.",
  ].join("\n");
  const x = read(text);

  it("reads rank, role and state", () => {
    const a = person(x, "أحمد سالم");
    expect(a?.rank).toBe("الفريق");
    expect(a?.role).toBe("رئيس أركان حرب القوات المسلحة المصرية");
    expect(a?.country).toBe("EG");
    const b = person(x, "خالد عمر منصور");
    expect(b?.rank).toBe("الفريق الركن");
    expect(b?.country).toBe("LY");
  });

  it("keeps people who share a family name apart and resolves rank + one name", () => {
    const father = person(x, "عمر منصور");
    expect(father?.rank).toBe("المشير");
    expect(person(x, "خالد عمر منصور")).not.toBe(father);
    // "الفريق منصور" is خالد (same rank), not the field marshal.
    const khaled = person(x, "خالد عمر منصور")!;
    const at = text.indexOf("الفريق منصور") + "الفريق ".length;
    expect(khaled.mentions.some((m) => m.start === at)).toBe(true);
    expect(x.persons.length).toBe(3);
  });

  it("reads a long Gulf name to its family name", () => {
    const x = read("التقى وزير الدولة لشؤون الدفاع الشيخ سعد بن عبدالله بن خالد آل ثاني اليوم وزير الدفاع الصومالي أحمد معلم.");
    expect(x.persons.map((p) => p.name)).toContain("سعد بن عبدالله بن خالد آل ثاني");
  });

  it("reads English ranks, roles and counterparts", () => {
    const e = read("BAGHDAD -- Iraqi Defense Minister Thabit Abbasi held talks with his Turkish counterpart Yasar Guler in Baghdad on Tuesday.");
    expect(person(e, "Thabit Abbasi")?.role).toBe("Iraqi Defense Minister");
    expect(person(e, "Yasar Guler")?.country).toBe("TR");
    expect(e.events.some((ev) => ev.type === "meeting" && ev.participants.length === 2)).toBe(true);
  });
});

describe("events", () => {
  it("reads a visit, a ceremony and a signing, with dates from the publication date", () => {
    const x = read(
      [
        "وزير الدفاع القطري يزور أنقرة",
        "الأحد 8 مارس 2026",
        "وصل وزير الدولة لشؤون الدفاع القطري سالم بن علي المري، أمس السبت، إلى أنقرة في زيارة رسمية.",
        "واستقبله وزير الدفاع التركي يشار كولر في مراسم رسمية تضمنت استعراض حرس الشرف.",
        "ووقع الوزيران مذكرة تفاهم للتعاون في مجال الصناعات الدفاعية.",
      ].join("\n"),
    );
    const types = x.events.map((e) => e.type).sort();
    expect(types).toEqual(["agreement", "reception", "visit"]);
    const visit = x.events.find((e) => e.type === "visit")!;
    expect(visit.date).toBe("2026-03-07");
    expect(visit.location).toBe("أنقرة");
    expect(visit.participants).toEqual(["سالم بن علي المري"]);
    for (const e of x.events) expect(x.cleanedText.slice(e.evidence!.start, e.evidence!.end)).toBe(e.evidence!.text);
    expect(x.topics).toContain("defense-industry");
    expect(x.countries.sort()).toEqual(["QA", "TR"]);
  });

  it("leaves relative dates null without a publication date", () => {
    const x = read("التقى اللواء سالم أحمد اليوم الأحد نظيره اللواء خالد عمر في الرياض لبحث التعاون العسكري.");
    expect(x.events[0]?.date ?? null).toBeNull();
  });
  it("places a visit 'to the country' in the state the article is written from", () => {
    const x = read(
      "استقبل رئيس أركان الجيش الأردني اللواء يوسف سالم أمس قائد البحرية الإيطالية الأدميرال ماركو بيانكي الذي يقوم حالياً بزيارة إلى البلاد.\nوأكد اللواء سالم عمق العلاقات بين الأردن وإيطاليا.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.location).toBe("الأردن");
  });

  it("places an event told after another with the same people where that one took place", () => {
    const x = read(
      "التقى وزير الدفاع التونسي عماد الهادي في الجزائر العاصمة اليوم نظيره الجزائري سليم بوزيد لبحث التعاون العسكري.\nكما وقّع عماد الهادي وسليم بوزيد مذكرة تفاهم في مجال التدريب.",
    );
    const agreement = x.events.find((e) => e.type === "agreement");
    expect(agreement?.location).toBe(x.events.find((e) => e.type === "meeting")?.location);
    expect(agreement?.location).not.toBeNull();
  });

  it("writes a place printed in capitals in an English dateline as a name", () => {
    const x = read("ROME, March 4 (Reuters) - Italy's Defence Minister Paolo Verdi met his Tunisian counterpart Imed Hadi on Tuesday to discuss naval training.");
    expect(x.locations.map((l) => l.name)).toContain("Rome");
    expect(x.locations.map((l) => l.name)).not.toContain("ROME");
  });
});

describe("person countries", () => {
  it("gives an unqualified host the other side's state when their guest's role names the article's main state", () => {
    const x = read(
      [
        "الحكيم يبحث التعاون التجاري مع مدغشقر",
        "عقد سامي الحكيم، وزير التجارة والصناعة، اليوم جلسة مباحثات مع جان راكوتو، وزير التجارة بدولة مدغشقر.",
        "وطالب وزير التجارة لدولة مدغشقر بالاستفادة من الخبرات المصرية في مجال التصنيع.",
        "وبحث الحكيم سبل تنمية التجارة بين مصر ومدغشقر.",
      ].join("\n"),
    );
    expect(person(x, "جان راكوتو")?.country).toBe("MG");
    expect(person(x, "سامي الحكيم")?.country).toBe("EG");
  });
});
