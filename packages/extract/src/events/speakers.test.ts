import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const others = (text: string) => extractArticle({ text, publishedHint: "2026-05-04" }).events.filter((e) => e.type === "other").map((e) => e.participants);

describe("who speaks of an attack took no part in it", () => {
  it("leaves an English speaker out of the clashes he reports", () => {
    const x = others("Border post shelled\n\nNIAMEY (AFP) - Niger closed a border post near Tillia on Sunday after clashes in the area wounded four soldiers, regional governor Ibrahim Moussa Kande said.");
    expect(x).toEqual([[]]);
  });

  it("leaves out an Arabic speaker named between the verb and «إن»", () => {
    const x = others("هجوم على دورية\n\nنيامي (أ ف ب) - وقال حاكم منطقة تيلابيري العقيد إبراهيم موسى كاندي إن الهجوم على الدورية قرب الحدود أسفر عن إصابة أربعة جنود.");
    expect(x).toEqual([[]]);
  });

  it("keeps the commander who speaks of the exercise he leads", () => {
    const x = others("تمرين بحري مشترك\n\nوأوضح قائد التمرين اللواء البحري سالم عوض الحارثي أن التمرين شمل عمليات إنزال وتفتيش للسفن في عرض البحر.");
    expect(x).toEqual([["سالم عوض الحارثي"]]);
  });
});
