import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (body: string) => extractArticle({ text: "خبر للاختبار\n\n" + body + "\n", fileName: "t.txt", publishedHint: "2026-04-20" });
const readEn = (body: string) => extractArticle({ text: "Test report\n\n" + body + "\n", fileName: "t.txt", publishedHint: "2026-04-20" });
const person = (x: ReturnType<typeof read>, name: string) => x.persons.find((p) => p.name === name);

describe("an Arabic office given by a relative clause after a name", () => {
  it("reads '، الذي يرأس X،' as رئيس X", () => {
    const x = read("وقال نادر فوزي الحسيني، الذي يرأس دائرة الشؤون البحرية في وزارة النقل الأردنية، إن العمل مستمر.");
    expect(person(x, "نادر فوزي الحسيني")?.role).toBe("رئيس دائرة الشؤون البحرية في وزارة النقل الأردنية");
  });

  it("reads the feminine verb after التي as the feminine noun, and anchors a name no rule read", () => {
    const x = read("وقالت سلمى رياض القاسم، التي تنسق برامج الإغاثة في الهلال الأحمر، إن الفرق وصلت.");
    expect(person(x, "سلمى رياض القاسم")?.role).toBe("منسقة برامج الإغاثة في الهلال الأحمر");
  });

  it("leaves a verb of saying or 'according to' out of the name before the clause", () => {
    const x = read("وحسب ماهر عادل البنا، الذي يتابع ملف المياه في المعهد الوطني للدراسات، فإن السدود امتلأت.");
    expect(x.persons.map((p) => [p.name, p.role])).toContainEqual(["ماهر عادل البنا", "متابع ملف المياه في المعهد الوطني للدراسات"]);
  });
});

describe("an English office given by a relative clause", () => {
  it("keeps the clause's words for 'who teaches … at …'", () => {
    const x = readEn("Lorenc Dushaj, who teaches maritime law at the University of Durres, said the plan was sound.");
    expect(person(x, "Lorenc Dushaj")?.role).toBe("teaches maritime law at the University of Durres");
  });

  it("reads a long body (up to twelve words) and gives an elders' chair no state", () => {
    const x = readEn("Farah Odhiambo, who chairs a cross-border council of clan elders in Garissa, said the talks in Kenya would go on.");
    const p = person(x, "Farah Odhiambo");
    expect([p?.role, p?.country]).toEqual(["chair of a cross-border council of clan elders in Garissa", null]);
  });
});

describe("English offices listed after 'and'", () => {
  it("gives an office with its field after 'for' set off before a name to that name, not the one before", () => {
    const x = readEn("The accord was signed in the border town of Busia, attended by Uganda's Interior Cabinet Secretary Akiki Nyakato Byaruhanga and Rwanda's State Minister for Reconciliation, Mugisha Twagira Kamanzi.");
    expect(person(x, "Akiki Nyakato Byaruhanga")?.role).toBe("Interior Cabinet Secretary");
  });

  it("joins two English offices of one person with 'and', not the Arabic و", () => {
    const x = readEn("Foreign Minister Akiki Nyakato Byaruhanga, who is also Deputy Prime Minister, said the accord would hold.");
    expect(person(x, "Akiki Nyakato Byaruhanga")?.role).toBe("Foreign Minister and Deputy Prime Minister");
  });
});

describe("offices cut short", () => {
  it("keeps a unit counted by an ordinal after 'commander of the'", () => {
    const x = readEn("Col. Danilo Ferrer, commander of the 402nd Mechanized Brigade, said the road was reopened.");
    expect(person(x, "Danilo Ferrer")?.role).toBe("commander of the 402nd Mechanized Brigade");
  });
});
