import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });
const visits = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "visit");
const lead = "ليما - وقعت وزيرة الدفاع البوليفية ماريا لونا ونظيرها البيروفي خوسيه كاسترو اليوم في ليما مذكرة تفاهم للتعاون الحدودي.";

describe("an arrival told as backstory", () => {
  it("makes no visit when it only says how the signatory came ('وكانت X قد وصلت إلى … أمس')", () => {
    const x = read("توقيع مذكرة", "", lead, "وكانت لونا قد وصلت إلى ليما أمس على رأس وفد عسكري.");
    expect(visits(x)).toHaveLength(0);
    expect(x.events.filter((e) => e.type === "agreement")).toHaveLength(1);
  });

  it("makes no visit in English either ('had arrived')", () => {
    const x = read("Pact", "", "LIMA - Bolivian Defence Minister Maria Luna and Peruvian Defence Minister Jose Castro signed a border memorandum in Lima on Monday.", "Luna had arrived in Lima on Sunday with a military delegation.");
    expect(visits(x)).toHaveLength(0);
  });

  it("still makes a visit when a visit word says so ('في زيارة رسمية')", () => {
    const x = read("توقيع مذكرة", "", lead, "وكانت لونا قد وصلت إلى ليما أمس في زيارة رسمية تستمر يومين.");
    expect(visits(x)).toHaveLength(1);
  });

  it("still makes a visit of an arrival told in the present", () => {
    const x = read("وصول", "", "وصل وزير الدفاع البيروفي خوسيه كاسترو اليوم إلى لاباز على رأس وفد عسكري.");
    expect(visits(x)).toHaveLength(1);
  });
});
