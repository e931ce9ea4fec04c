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

describe("talks named again or agreed on, after talks already told", () => {
  const talks = "نواكشوط - عقد قائد الجيش الموريتاني الفريق سالم ولد محمد ونظيره المالي الجنرال عمر كوليبالي، أمس الثلاثاء في نواكشوط، جلسة مباحثات تناولت أمن الحدود.";

  it("make no second meeting ('أن الجانبين اتفقا خلال الاجتماع على …، وعلى عقد لقاءات دورية')", () => {
    const x = events("مباحثات", talks, "وأضاف البيان أن الجانبين اتفقا خلال الاجتماع على تبادل المعلومات، وعلى عقد لقاءات دورية بين قادة المناطق.");
    expect(x).toEqual(["meeting: سالم ولد محمد + عمر كوليبالي"]);
  });

  it("and keep the talks the occasion the next sentence goes on from", () => {
    const x = events("مباحثات", talks, "وذكر بيان أن الجانبين اتفقا خلال الاجتماع على عقد الاجتماع المقبل في باماكو.", "وفي اليوم نفسه، زار الوفد المالي والوزير المرافق له ثكنة الجيش في روصو.");
    expect(x.filter((e) => e.startsWith("meeting"))).toHaveLength(1);
    expect(x.some((e) => e.startsWith("visit"))).toBe(true);
  });

  it("a headline's agreement told by a verb of agreeing is what the talks gave, when the body says so", () => {
    const x = events("قائدا الجيشين الموريتاني والمالي يتفقان على دوريات مشتركة", talks, "وأوضح البيان أن الجانبين اتفقا خلال الاجتماع على تسيير دوريات مشتركة.");
    expect(x).toEqual(["meeting: سالم ولد محمد + عمر كوليبالي"]);
  });
});

