import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.map((e) => `${e.type}: ${e.participants.join(" + ")}`);

describe("what two sides agreed on during talks already told", () => {
  const talks = "نواكشوط - عقد قائد الجيش الموريتاني الفريق سالم ولد محمد ونظيره المالي الجنرال عمر كوليبالي، أمس الثلاثاء في نواكشوط، جلسة مباحثات تناولت أمن الحدود.";

  it("is what the talks gave ('في ختام الجلسة'), no agreement of its own", () => {
    expect(events("مباحثات", talks, "واتفق الجانبان في ختام الجلسة على تشكيل لجنة مشتركة لتأمين الحدود وتبادل المعلومات.")).toEqual(["meeting: سالم ولد محمد + عمر كوليبالي"]);
  });

  it("also sentences after the talks ('خلال الاجتماع')", () => {
    const x = events("مباحثات", talks, "وحضر الجلسة عدد من كبار الضباط في البلدين.", "وتناول الجانبان الوضع في المناطق الحدودية.", "واتفق الجانبان خلال الاجتماع على تسيير دوريات مشتركة.");
    expect(x.some((e) => e.startsWith("agreement"))).toBe(false);
  });

  it("but an agreement told first, with the talks named for the first time, stays one", () => {
    const x = events("اتفاق", "نواكشوط - اتفق قائد الجيش الموريتاني الفريق سالم ولد محمد ونظيره المالي الجنرال عمر كوليبالي، في ختام اجتماع عقداه أمس الثلاثاء في نواكشوط، على تشكيل لجنة مشتركة لتأمين الحدود.");
    expect(x).toContain("agreement: سالم ولد محمد + عمر كوليبالي");
  });
});
