import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const aliasesOf = (text: string, name: string) => extractArticle({ text }).locations.find((l) => l.name === name)?.aliases;

describe("a place keeps the forms it is printed under as aliases", () => {
  it("a known region after an area head keeps the headed form", () => {
    const text = "جولة ميدانية\n\nعدن - تفقد قائد المنطقة العسكرية الوحدات المنتشرة في محافظة المهرة صباح الاثنين، ثم عاد إلى عدن.";
    expect(aliasesOf(text, "المهرة")).toEqual(["محافظة المهرة"]);
  });

  it("a place the gazetteer lists with its head keeps the bare form", () => {
    const text = "اجتماع أمني\n\nنواكشوط - بحث وزراء دفاع خمس دول الوضع الأمني في منطقة الساحل والصحراء خلال اجتماعهم الأربعاء.";
    expect(aliasesOf(text, "منطقة الساحل والصحراء")).toEqual(["الساحل والصحراء"]);
  });

  it("an unknown place named after 'منطقة' keeps the bare form, and the bare mention is no second place", () => {
    const text = "تدريب مشترك\n\nالقاهرة - اختتمت في منطقة الهضيبات تدريبات مشتركة للقوات الخاصة، وغادرت الوحدات الهضيبات مساء الخميس.";
    const x = extractArticle({ text });
    const headed = x.locations.filter((l) => l.name.includes("الهضيبات"));
    expect(headed).toHaveLength(1);
    expect([headed[0]!.name, ...(headed[0]!.aliases ?? [])].sort()).toEqual(["الهضيبات", "منطقة الهضيبات"]);
  });

  it("a back-reference ('المحافظة') adds no headed form, and a lone mention adds none", () => {
    const text = "زيارة\n\nعمان - وصل الوزير إلى المحافظة الجنوبية ثم إلى إربد حيث التقى المسؤولين.";
    expect(aliasesOf(text, "إربد")).toEqual([]);
  });

  it("an English province keeps its name without the head", () => {
    const text = "BAGHDAD, March 3 (Reuters) - Troops moved into Zawiya Province on Tuesday after the attack, officials said.";
    const zawiya = extractArticle({ text }).locations.find((l) => l.name.startsWith("Zawiya"));
    expect([zawiya?.name, ...(zawiya?.aliases ?? [])].sort()).toEqual(["Zawiya", "Zawiya Province"]);
  });

  it("a listed English region keeps the area head printed after it, in lower case too", () => {
    const text = "Verdict\n\nBAGHDAD, May 9 (AFP) - A court in Diyala province jailed four smugglers on Sunday, officials said.";
    expect(aliasesOf(text, "Diyala")).toEqual(["Diyala province"]);
  });
});

describe("an alias that names another place of the article", () => {
  it("is left out: the area keeps no alias that is the name of the town listed apart", () => {
    const text = "جولة\n\nالخرطوم - وصل الوزير صباح اليوم إلى كسلا، وتفقد مشاريع المياه في ولاية كسلا قبل أن يعود إلى الخرطوم.";
    const locs = extractArticle({ text }).locations;
    expect(locs.map((l) => l.name)).toEqual(expect.arrayContaining(["كسلا", "ولاية كسلا"]));
    for (const l of locs) expect(l.aliases ?? []).not.toContain(l.name === "كسلا" ? "ولاية كسلا" : "كسلا");
  });
});

describe("a listed district after 'مديرية'", () => {
  it("keeps the headed form as an alias, while 'مديرية' before a body's field reads no place", () => {
    const text = "افتتاح مدرسة\n\nعدن - افتتح المحافظ مدرسة جديدة في مديرية كريتر بحضور مدير مديرية التربية.";
    const x = extractArticle({ text });
    expect(x.locations.find((l) => l.name === "كريتر")?.aliases).toContain("مديرية كريتر");
    expect(x.locations.map((l) => l.name)).not.toContain("التربية");
  });
});

describe("a town's quarter after 'حي'", () => {
  it("keeps the headed form as an alias", () => {
    const text = "افتتاح مكتبة\n\nبغداد - افتتح المحافظ مكتبة عامة في حي الكرادة بحضور عدد من المسؤولين.";
    expect(extractArticle({ text }).locations.find((l) => l.name === "الكرادة")?.aliases).toContain("حي الكرادة");
  });
});
