import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article; the figures are real
// people of src/lexicon/public-figures.json, the situations invented.

const read = (body: string) => extractArticle({ text: `محادثات إقليمية\n${body}`, fileName: "x.txt" });
const readEn = (body: string) => extractArticle({ text: `Regional talks\n${body}`, fileName: "x.txt" });
const person = (x: ReturnType<typeof read>, name: string) => x.persons.find((p) => p.name === name);

describe("public figures named with no title", () => {
  it("finds a figure's full name with no rank nor role, and gives it the figure's state", () => {
    const x = read("وأكد خلوصي أكار، في تصريح للصحفيين عقب الجلسة، أن العمل المشترك مستمر.");
    expect(person(x, "خلوصي أكار")).toMatchObject({ rank: null, role: null, country: "TR" });
  });

  it("reads an English figure before no verb a name reader knows", () => {
    const x = readEn("Delegates waited in the hall while Sergei Shoigu, looking tired, greeted the guests.");
    expect(person(x, "Sergei Shoigu")?.country).toBe("RU");
  });

  it("finds a figure the entry lets stand by one word", () => {
    const x = read("وقال لافروف إن بلاده مستعدة لجولة جديدة من المشاورات.");
    expect(person(x, "لافروف")?.country).toBe("RU");
  });

  it("joins the family name said again to the full name", () => {
    const x = read("وصل سيرغي لافروف إلى العاصمة مساء أمس. وقال لافروف إن الجولة المقبلة ستعقد قريبا.");
    const p = person(x, "سيرغي لافروف");
    expect(p?.mentions.length).toBe(2);
    expect(x.persons.filter((q) => q.name === "لافروف")).toHaveLength(0);
  });

  it("reads a figure whose name holds a place's word, and no place in it", () => {
    const x = read("وحضر محمد شياع السوداني الحفل الذي أقيم مساء أمس. واستقبلت جورجيا ميلوني الوفد.");
    expect(person(x, "محمد شياع السوداني")?.country).toBe("IQ");
    expect(person(x, "جورجيا ميلوني")?.country).toBe("IT");
    expect(x.locations).toEqual([]);
  });

  it("reads a figure whose first name is also a rank as the figure", () => {
    const x = read("وحضر عماد مغنية الحفل الذي أقيم مساء أمس.");
    expect(person(x, "عماد مغنية")).toMatchObject({ rank: null, country: "LB" });
  });

  it("keeps the office printed before a figure's name", () => {
    const x = read("وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مثمرة.");
    expect(person(x, "سيرغي لافروف")).toMatchObject({ role: "وزير الخارجية الروسي", country: "RU" });
  });

  it("keeps the state the text prints over the lexicon's", () => {
    const x = read("وقال وزير الخارجية القطري خالد بن سلمان إن الاجتماع كان مثمرا.");
    expect(person(x, "خالد بن سلمان")?.country).toBe("QA");
  });

  it("gives the head of an international body no state, not the state of the venue", () => {
    const x = read("وصل أنطونيو غوتيريش إلى القاهرة صباح اليوم في زيارة تستغرق يومين.");
    expect(person(x, "أنطونيو غوتيريش")?.country).toBeNull();
  });

  it("reads no figure in a place or a body named after him, which stay what they are", () => {
    const x = read("هبطت طائرة الوفد في قاعدة محمد بن زايد الجوية مساء الأحد، ثم توجه الوفد إلى جامعة محمد بن زايد للذكاء الاصطناعي.");
    expect(x.persons).toEqual([]);
    expect(x.locations.map((l) => l.name)).toContain("قاعدة محمد بن زايد الجوية");
    expect(x.organizations.map((o) => o.name)).toContain("جامعة محمد بن زايد للذكاء الاصطناعي");
  });

  it("reads no figure inside a longer name", () => {
    const x = read("وشارك في الحفل فهد بن خالد بن سلمان ممثلا عن النادي.");
    expect(x.persons.map((p) => p.name)).not.toContain("خالد بن سلمان");
  });

  it("leaves a common name of an entry marked needsAnchor to the rules", () => {
    const x = read("شارك في الندوة أحمد خليفة إلى جانب عدد من الطلاب.");
    expect(person(x, "أحمد خليفة")?.country ?? null).not.toBe("EG");
  });
});

describe("public figures of Latin America and Kenya", () => {
  it("gives each head of state listed with no title his own state", () => {
    const x = readEn("The plan follows a roadmap agreed by Gustavo Petro and Nicolás Maduro last year.");
    expect(person(x, "Gustavo Petro")?.country).toBe("CO");
    expect(person(x, "Nicolás Maduro")?.country).toBe("VE");
  });

  it("reads a figure whose given name is also a town's", () => {
    const x = readEn("The minister toured the camp with Aden Duale and two local chiefs.");
    expect(person(x, "Aden Duale")?.country).toBe("KE");
    expect(x.locations.some((l) => l.name === "Aden")).toBe(false);
  });
});
