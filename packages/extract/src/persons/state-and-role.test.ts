import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const people = (text: string) => extractArticle({ text, fileName: "t.txt" }).persons;
const person = (text: string, name: string) => people(text).find((p) => p.name === name);

describe("English names with a lower-case article or particle", () => {
  it("keeps 'al-' and 'el-' glued to the family name", () => {
    const text = "Ministers meet on water sharing\n\nThe Omani Foreign Minister met his Yemeni counterpart Nabil al-Rahbi in Muscat on Sunday, and later called Abdel Karim el-Masri by phone.";
    expect(person(text, "Nabil al-Rahbi")?.country).toBe("YE");
    expect(people(text).map((p) => p.name)).not.toContain("Nabil");
  });

  it("reads a name that opens its paragraph before a verb, particles not counted as words", () => {
    const names = people("Ministers meet on water sharing\n\nFaris bin Nasser al-Qasimi met Tariq Hamdan in Muscat on Sunday to review a water agreement.").map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Faris bin Nasser al-Qasimi", "Tariq Hamdan"]));
  });
});

describe("officials of international bodies serve no state", () => {
  it("whatever state the article is written from", () => {
    const ar = "محادثات في تونس حول الهجرة\n\nاستقبل وزير الداخلية التونسي كمال الفقي اليوم في تونس الأمين العام للأمم المتحدة للهجرة جون بيل، كما التقى المبعوث الأممي إلى ليبيا سامر حداد.";
    expect(person(ar, "جون بيل")?.country).toBeNull();
    expect(person(ar, "سامر حداد")?.country).toBeNull();
    expect(person(ar, "كمال الفقي")?.country).toBe("TN");
    const en = "Talks in Tunis on migration\n\nTunisian Interior Minister Kamel Feki met NATO Secretary General Lars Holm in Tunis on Monday.";
    expect(person(en, "Lars Holm")).toMatchObject({ role: "NATO Secretary General", country: null });
  });

  it("unless the role names the state that sends them", () => {
    expect(person("لقاء في نيويورك\n\nالتقى مندوب تونس الدائم لدى الأمم المتحدة طارق سالم في نيويورك وفدا من الصحفيين.", "طارق سالم")?.country).toBe("TN");
  });
});

describe("roles and their states", () => {
  it("an envoy serves the state that sends him, not the one he is sent to", () => {
    expect(person("جولة مبعوث\n\nقال المبعوث الفرنسي إلى مالي جان مارتان إن المحادثات مستمرة في باماكو.", "جان مارتان")).toMatchObject({ role: "المبعوث الفرنسي إلى مالي", country: "FR" });
  });

  it("a role that has named its state ends before the next head with no و", () => {
    const text = "لقاء في الرباط\n\nاستقبل رئيس أركان الجيش المغربي السفير الإسباني لدى المغرب خوان لوبيث في الرباط أمس.";
    expect(person(text, "خوان لوبيث")).toMatchObject({ role: "السفير الإسباني لدى المغرب", country: "ES" });
  });

  it("'the country' in a role is the state the article is written from", () => {
    const text = "الكويت تستقبل وزيرا تونسيا\n\nالكويت - كونا\n\nاستقبل أمير البلاد الشيخ ناصر الصباح اليوم وزير الخارجية التونسي محمد علي النفطي والوفد المرافق له.";
    expect(person(text, "ناصر الصباح")?.country).toBe("KW");
  });

  it("a counterpart takes the office the meeting is about, the last of a chain", () => {
    const text = "محادثات عسكرية في عمان\n\nبحث نائب رئيس الوزراء وزير الدفاع الأردني سامي خليل، اليوم في عمان، مع نظيره اليوناني نيكوس بابادوبولوس سبل التعاون.";
    expect(person(text, "نيكوس بابادوبولوس")).toMatchObject({ role: "وزير الدفاع اليوناني", country: "GR" });
  });
});

describe("a tagged name never opens with a state's name", () => {
  it("even when a clitic glues the state to the word before", () => {
    const names = people("البحرين وكينيا توقعان مذكرة تفاهم دفاعية\nالمنامة - بنا\nوقعت مملكة البحرين وجمهورية كينيا اليوم مذكرة تفاهم للتعاون في مجال التدريب العسكري.").map((p) => p.name);
    expect(names.some((n) => n.includes("توقعان"))).toBe(false);
  });
});

describe("a role in the name of 'it'", () => {
  it("names the body the sentence named before", () => {
    const text = "بيان إيطالي\n\nوفي بيان صدر مساء أمس عن وزارة الخارجية الإيطالية، قال المتحدث باسمها، ماركو بيانكي، إن المحادثات كانت مثمرة.";
    expect(person(text, "ماركو بيانكي")).toMatchObject({ role: "المتحدث باسم وزارة الخارجية الإيطالية", country: "IT" });
  });
});

describe("an article that names no state", () => {
  it("is about the state of the outlet that published it", () => {
    const body = "افتتح الدكتور سامي حلمي وزير الثقافة مساء اليوم معرض الكتاب الدوري بحضور الكاتب عادل منير رئيس هيئة الكتاب وعدد من المثقفين.";
    const local = extractArticle({ text: `وزير الثقافة يفتتح معرض الكتاب\n\nبوابة الفجر\n\n${body}` });
    expect(local.persons.map((p) => p.country)).toEqual(["EG", "EG"]);
    expect(local.countries).toEqual(["EG"]);
    // With no outlet named, nothing says which state it is.
    expect(extractArticle({ text: `وزير الثقافة يفتتح معرض الكتاب\n\n${body}` }).persons.map((p) => p.country)).toEqual([null, null]);
  });
});

describe("English roles with lower-case words of the office after the state", () => {
  it("reads them before a rank, with or without a comma", () => {
    const a = "Drills end in the desert\n\nJordanian army spokesman Col. Amer Haddad said the drills ended on Monday.";
    expect(person(a, "Amer Haddad")).toMatchObject({ role: "Jordanian army spokesman", country: "JO" });
    const b = "Drills end in the desert\n\nThe Omani military spokesman, Brig. Gen. Hamad al-Harthi, said the drills ended on Monday.";
    expect(person(b, "Hamad al-Harthi")).toMatchObject({ role: "Omani military spokesman", country: "OM" });
  });
});
