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

  it("reads '، الذي يشغل منصب X،' as the office X itself", () => {
    const x = read("وقال سامي يوسف، الذي يشغل منصب المدير العام للهيئة الوطنية للمياه، إن المشروع تأخر.");
    expect(person(x, "سامي يوسف")?.role).toBe("المدير العام للهيئة الوطنية للمياه");
  });

  it("anchors an object name opening with a known given name on the clause after it", () => {
    const x = read("استقبل وزير الداخلية التونسي أمس أحمد بن سالم، الذي يشغل منصب رئيس أركان الجيش الليبي، في مكتبه.");
    expect(person(x, "أحمد بن سالم")?.role).toBe("رئيس أركان الجيش الليبي");
  });

  it("reads 'التي تتولى إدارة X' as the agent noun of the office taken, in her gender", () => {
    const x = read("وأعلنت الدكتورة سلمى أحمد الحسن، التي تتولى إدارة المختبرات بالوزارة الاتحادية، أن النتائج ظهرت.");
    expect(person(x, "سلمى أحمد الحسن")?.role).toBe("مديرة المختبرات بالوزارة الاتحادية");
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

describe("an English office clause naming a long body or a state", () => {
  it("reads 'who coordinates' and a body spelled out before its acronym in brackets", () => {
    const x = readEn("Nadia Perez, who coordinates the aid response of the World Relief Office for the Coordination of Emergency Affairs (WROCEA) in the region, said the camps were full.");
    expect(person(x, "Nadia Perez")?.role).toBe("coordinator of the aid response of the World Relief Office for the Coordination of Emergency Affairs (WROCEA) in the region");
  });

  it("gives the person the state the clause's body names, not one printed nearer", () => {
    const x = readEn("Kazakh officials hosted the talks. Dilnora Saidova, who heads the training department at Uzbekistan's defence ministry, told reporters the talks went well.");
    expect(person(x, "Dilnora Saidova")?.country).toBe("UZ");
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
