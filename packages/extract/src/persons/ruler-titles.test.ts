import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text, fileName: "t.txt" });

describe("a title one state's ruler alone bears, printed in an office", () => {
  it("names the state the officer serves, not the state he is posted to", () => {
    const p = read("وحضر الحفل سفير خادم الحرمين الشريفين لدى جمهورية النيجر، سعد بن فهد العتيبي، وعدد من المسؤولين.").persons.find((x) => x.name === "سعد بن فهد العتيبي");
    expect(p).toMatchObject({ role: "سفير خادم الحرمين الشريفين لدى جمهورية النيجر", country: "SA" });
  });

  it("reads a given name that is also a nationality as no state of its bearer", () => {
    const p = read("وحضر الحفل سفير خادم الحرمين الشريفين لدى جمهورية تشاد، تركي بن ماجد القحطاني.").persons.find((x) => x.name === "تركي بن ماجد القحطاني");
    expect(p?.country).toBe("SA");
  });
});

describe("a relief centre of a state named by its own name", () => {
  it("is a body of that state wherever it works", () => {
    const x = read("ووزع مركز الملك سلمان للإغاثة والأعمال الإنسانية أمس سلالا غذائية في مدينة نيامي بالنيجر.");
    expect(x.organizations.find((o) => o.name === "مركز الملك سلمان للإغاثة والأعمال الإنسانية")?.country).toBe("SA");
  });
});

describe("a ruler's own title printed before his name", () => {
  it("is his office, with the king's title after it neither office nor rank", () => {
    const x = read("ونقل الوزير في بداية اللقاء تحيات خادم الحرمين الشريفين الملك فيصل بن سعود آل فرحان إلى الرئيس.");
    expect(x.persons.find((p) => p.name === "فيصل بن سعود آل فرحان")).toMatchObject({ rank: null, role: "خادم الحرمين الشريفين", country: "SA" });
  });

  it("stays inside an envoy's office", () => {
    const x = read("وحضر اللقاء سفير خادم الحرمين الشريفين لدى بنين نايف بن سالم العتيبي.");
    expect(x.persons.find((p) => p.name === "نايف بن سالم العتيبي")?.role).toBe("سفير خادم الحرمين الشريفين لدى بنين");
  });
});

describe("a religious office printed before a name", () => {
  it("reads a state's mufti and a mosque's imam as offices", () => {
    const x = read("وافتتح الوزير المسجد بمشاركة مفتي كمبوديا الشيخ سالم داود نور، وحضر إمام المسجد الكبير الشيخ ياسر منصور عبيد.");
    expect(x.persons.find((p) => p.name === "سالم داود نور")?.role).toBe("مفتي كمبوديا");
    expect(x.persons.find((p) => p.name === "ياسر منصور عبيد")?.role).toBe("إمام المسجد الكبير");
  });

  it("reads the grand mufti and the head of al-Azhar as offices", () => {
    const x = read("واستقبل شيخ الأزهر الدكتور كامل فريد طه وفدا ماليزيا، كما التقى الوفد المفتي العام للمملكة الشيخ سالم عبدالله الراشد.");
    expect(x.persons.find((p) => p.name === "كامل فريد طه")?.role).toBe("شيخ الأزهر");
    expect(x.persons.find((p) => p.name === "سالم عبدالله الراشد")?.role).toBe("المفتي العام للمملكة");
  });
});
