import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-20" });

describe("a welcome given to a thing", () => {
  it("is the speaker's statement, not a meeting", () => {
    const x = read("صفقة", "", "وافقت الحكومة الإسبانية أمس على بيع ست طائرات تدريب إلى البيرو.", "وفي ليما، رحب وزير الدفاع البيروفي خوليو باستور بالقرار، وقال إن بلاده تحتاج إلى الطائرات.");
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(0);
    const said = x.events.filter((e) => e.type === "statement");
    expect(said).toHaveLength(1);
    expect(said[0]!.participants.join(" ")).toContain("باستور");
  });

  it("keeps a welcome given to a guest a meeting", () => {
    const x = read("لقاء", "", "رحب وزير الدفاع البيروفي خوليو باستور بنظيره الإكوادوري ماريو سالغادو في ليما.");
    expect(x.events.map((e) => e.type)).toContain("meeting");
    expect(x.events.map((e) => e.type)).not.toContain("statement");
  });

  it("leaves talks named after a reaction, with none told, no meeting of their own", () => {
    const x = read(
      "اتفاق",
      "",
      "اتفقت البيرو والإكوادور أمس على تسيير دوريات مشتركة على نهر نابو.",
      "وفي ليما، رحب المتحدث باسم الجيش البيروفي العقيد خوليو باستور بالاتفاق.",
      "كما أشادت منظمة الدول الأمريكية في بيان بنتائج المحادثات.",
    );
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(0);
  });
});
