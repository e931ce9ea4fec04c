import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-20" });
const others = (line: string) => read("خبر", "", line).events.filter((e) => e.type === "other");

describe("happenings of kinds told in words of their own", () => {
  it.each([
    ["a release of captives", "نواكشوط - أعلنت السلطات اليوم الإفراج عن خمسة صيادين احتجزوا في عرض البحر."],
    ["an attack told with its object pronoun", "كوتونو - وصلت إلى الميناء اليوم سفينة الشحن التي هاجمها مسلحون الأسبوع الماضي."],
    ["a military funeral", "شيعت قيادة الجيش اليوم في مدينة صور جثمان العقيد سمير الحايك."],
    ["a shootout", "Two smugglers died in a shootout with Peruvian police near Tacna on Monday."],
    ["a hack", "Hackers crippled the payroll system of Chile's navy for three days."],
    ["a delivery taken", "Ecuador took delivery of a patrol ship from a Dutch yard on Friday."],
  ])("reads %s as a happening", (_, line) => {
    expect(others(line)).toHaveLength(1);
  });

  it.each([
    ["a release of funds", "تونس - قالت الحكومة إن الإصلاحات شرط للإفراج عن قرض جديد."],
    ["a summoning told as what a speaker said", "قالت الناطقة باسم الحكومة النمساوية سابينه غروبر إن فيينا استدعت السفير الأردني لدى فيينا سامر الحديدي."],
    ["a summoning of no envoy", "استدعت اللجنة البرلمانية النمساوية وزير الداخلية للاستماع إليه."],
  ])("reads no happening in %s", (_, line) => {
    expect(others(line)).toHaveLength(0);
  });

  it("reads an ambassador summoned, with the ambassador its participant", () => {
    const x = others("فيينا - استدعت وزارة الخارجية النمساوية السفير الأردني لدى فيينا سامر الحديدي، وسلمته مذكرة احتجاج.");
    expect(x).toHaveLength(1);
    expect(x[0]!.participants.join(" ")).toContain("الحديدي");
  });

  it("reads a body's approval of an arms sale as a happening on its day", () => {
    const x = others("وافقت الحكومة الإسبانية أمس على بيع ست طائرات تدريب إلى البيرو.");
    expect(x).toHaveLength(1);
    expect(x[0]!.date).toBe("2027-05-19");
  });
});
