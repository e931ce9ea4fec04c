import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.
const orgs = (text: string) => extractArticle({ text }).organizations;

describe("coast guards and border guards as bodies with their state", () => {
  it("lists a coast guard and a border guard named with their nationality", () => {
    const list = orgs("دوريات مشتركة في البحر الأحمر\n\nجدة (واس) - أعلن خفر السواحل الإريتري أمس أنه سيسير دوريات مشتركة مع حرس الحدود السوداني قرب الجزر الجنوبية.");
    expect(list.find((o) => o.name === "خفر السواحل الإريتري")?.country).toBe("ER");
    expect(list.find((o) => o.name === "حرس الحدود السوداني")?.country).toBe("SD");
  });

  it("keeps a force in construct with a service of two words whole ('قوات حرس الحدود')", () => {
    const names = orgs("تعزيز المراقبة على الحدود\n\nعمان (بترا) - أعلنت قوات حرس الحدود اليوم إحباط محاولة تسلل على الواجهة الشمالية.").map((o) => o.name);
    expect(names).toContain("قوات حرس الحدود");
  });

  it("lists international bodies that news names without a head", () => {
    const names = orgs("تقرير عن الهجرة\n\nجنيف (ا ف ب) - قالت المنظمة الدولية للهجرة إن أعداد المهاجرين ارتفعت، فيما حذرت مجموعة الأزمات الدولية من تدهور الأوضاع.").map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["المنظمة الدولية للهجرة", "مجموعة الأزمات الدولية"]));
  });
});

describe("a national service named 'مصلحة' with its field", () => {
  it("lists the coast guard and customs services named with مصلحة, with the state of the story", () => {
    const list = orgs("ضبط شحنة مهربة\n\nعدن 3 مارس 2027 (سبأ) - أعلنت مصلحة خفر السواحل اليوم ضبط زورق مهربين، فيما قالت مصلحة الجمارك إنها صادرت الشحنة.");
    expect(list.find((o) => o.name === "مصلحة خفر السواحل")?.country).toBe("YE");
    expect(list.map((o) => o.name)).toContain("مصلحة الجمارك");
  });

  it("does not read 'مصلحة' meaning 'interest' as a body", () => {
    const names = orgs("دعوة إلى الحوار\n\nعدن 3 مارس 2027 (سبأ) - قال الوزير إن الحوار يصب في مصلحة الشعب ومصلحة الأمن.").map((o) => o.name);
    expect(names.some((n) => n.includes("مصلحة"))).toBe(false);
  });
});

describe("a state's service whose generic words are its whole name, in English", () => {
  it("lists the Sea Patrol printed alone, and no lower-case sea patrol", () => {
    const list = orgs("Boat handed over\n\nMAJURO, May 3 - The minister was met by a guard of honour from the Sea Patrol. A joint sea patrol will follow next month.");
    expect(list.map((o) => o.name)).toEqual(["Sea Patrol"]);
  });
});
