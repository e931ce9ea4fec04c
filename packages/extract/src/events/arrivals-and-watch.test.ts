import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2029-04-12" }).events;
// The 'other' happenings of an article of a headline and the lines given.
const others = (...lines: string[]) => read("خبر", "", ...lines).filter((e) => e.type === "other");

describe("goods, a convoy, a team or an aircraft that arrived", () => {
  it.each([
    ["a medical team", "وصل الفريق الطبي الأردني، أمس، إلى مطار زاريا الدولي على متن رحلة خاصة تحمل المعدات."],
    ["a first batch after its ordinal", "وصلت أول دفعة من الشرطة الإيطالية، أمس، إلى مطار زاريا الدولي."],
    ["a relief convoy", "وصلت قافلة إغاثة من عشر شاحنات، أمس، إلى مدينة زاريا."],
    ["a plane landing", "هبطت في مطار زاريا الدولي، أمس، طائرة شحن أردنية تحمل 20 طنا من الأدوية."],
    ["two planes landing", "هبطت طائرتان إغاثيتان أردنيتان، أمس، في مطار زاريا الدولي."],
    ["goods in English", "On Tuesday, 12,000 malaria bed nets arrived at the Port Oskar wharf from Darwin."],
  ])("reads %s as a happening with nobody, no visit", (_, line) => {
    const events = read("خبر", "", line);
    expect(events.filter((e) => e.type === "visit")).toHaveLength(0);
    const x = events.filter((e) => e.type === "other");
    expect(x).toHaveLength(1);
    expect(x[0]!.participants).toEqual([]);
  });

  it("keeps a team that arrived with what it came for apart from the campaign told before", () => {
    const events = others(
      "زاريا 15 مارس 2029 - دشن مركز الأمل للإغاثة، أمس، حملة طبية لمكافحة العمى في مدينة زاريا.",
      "ووصل الفريق الطبي إلى مطار زاريا الدولي يوم الأحد الماضي على متن رحلة خاصة تحمل المستلزمات اللازمة للحملة.",
    );
    expect(events).toHaveLength(2);
    expect(events[1]!.date).toBe("2029-03-11");
  });

  it("keeps a general who arrived a visitor (الفريق alone is a rank)", () => {
    const events = read("خبر", "", "وصل الفريق أول سليم الحداد، رئيس أركان الجيش الأردني، أمس إلى زاريا في زيارة رسمية.");
    expect(events.some((e) => e.type === "visit")).toBe(true);
  });

  it("reads no landing in a price that fell", () => {
    expect(others("هبطت أسعار النفط أمس إلى أدنى مستوى لها منذ عامين.")).toHaveLength(0);
  });

  it.each([
    ["landed (هبطت)", "وكانت طائرة شحن أردنية تحمل 20 طنا من الأدوية والأغذية قد هبطت في مطار زاريا الدولي يوم الأحد الماضي."],
    ["touched down (حطت)", "وكانت طائرة إغاثة أردنية قد حطت يوم الأحد الماضي في مطار زاريا الدولي محملة بالخيام."],
  ])("reads an aircraft told before its verb that %s as a happening with nobody", (_, line) => {
    const x = others(line);
    expect(x).toHaveLength(1);
    expect(x[0]!.participants).toEqual([]);
    expect(x[0]!.location).toContain("مطار زاريا");
  });

  it("reads no landing in a plane told in another sentence before a price that fell", () => {
    expect(others("ووصلت طائرة الوزير أمس إلى زاريا.", "وكانت أسعار النفط قد هبطت أمس إلى أدنى مستوى لها منذ عامين.")).toHaveLength(0);
  });

  it("gives an aircraft that landed with no state of its own the states of the story", () => {
    const x = read(
      "الأردن يرسل مساعدات إلى نيجيريا",
      "",
      "وزعت الهيئة الخيرية الأردنية، أمس، ألف سلة غذائية على المتضررين من الفيضانات في ولاية كانو النيجيرية.",
      "وكانت طائرتان تابعتان للهيئة قد هبطتا يوم الأحد الماضي في مطار كانو الدولي محملتين بالخيام.",
    ).filter((e) => e.summary.includes("هبطتا"));
    expect(x).toHaveLength(1);
    expect([...x[0]!.countries].sort()).toEqual(["JO", "NG"]);
  });
});

describe("ships or aircraft watched, raiders chased off, and a landing with nobody carried from the sentence before", () => {
  it.each([
    ["armed men chased off", "A Marovian patrol boat chased off armed men approaching a tanker south of Kelta island on Friday."],
    ["ships watched in Arabic", "رصدت البحرية الأردنية، أمس، سفينتين حربيتين أجنبيتين قبالة ساحل زاريا."],
  ])("reads %s as a happening", (_, line) => {
    expect(others(line)).toHaveLength(1);
  });

  it("relief for those a flood hit is given by whom the sentence before named", () => {
    const x = others(
      "زاريا 15 مارس 2029 - وصل سالم داود مدير جمعية الأمل الخيرية إلى مدينة زاريا أمس.",
      "ووزعت الجمعية أمس ألف سلة غذائية على الأسر المتضررة من الفيضانات في زاريا.",
    );
    expect(x[0]?.participants).toEqual(["سالم داود"]);
  });

  it("a plane that landed takes nobody from the talks told before", () => {
    const x = others(
      "زاريا 15 مارس 2029 - التقى وزير الصحة سالم داود، أمس، في مدينة زاريا سفير الأردن كمال يونس.",
      "وهبطت في مطار زاريا الدولي، أمس، طائرة شحن أردنية تحمل 20 طنا من الأدوية.",
    );
    expect(x).toHaveLength(1);
    expect(x[0]!.participants).toEqual([]);
  });

  it.each([
    ["a budget set aside", "رصدت الحكومة مبلغ مليون دينار لصيانة الطرق في الجنوب."],
    ["a watch told as the speaker's words", "قال المتحدث إن البحرية رصدت سفينتين أجنبيتين قبالة الساحل."],
    ["a watch told to describe the watcher", "وأشاد الوزير بدور البحرية التي رصدت زوارق المهربين قرب الساحل."],
  ])("reads no happening in %s", (_, line) => {
    expect(others(line)).toHaveLength(0);
  });
});
