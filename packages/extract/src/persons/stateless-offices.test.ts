import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons;
const stateOf = (text: string, name: string) => persons(text).find((p) => p.name === name)?.country;

describe("offices that serve no state", () => {
  it("a multinational force's commander serves none, though he speaks from a capital", () => {
    const text = "وفي نيامي، قال اللواء هارونا باكو دانجوما، قائد القوة المشتركة متعددة الجنسيات، إن القوة ستنسق دورياتها مع الجيش النيجري.";
    expect(stateOf(text, "هارونا باكو دانجوما")).toBeNull();
  });

  it("an Arab sports federation's president serves none, though the tournament is hosted by a state", () => {
    const text =
      "الرباط - 12-06-2027 (ومع) اختتمت في الرباط البطولة العربية للكرة الطائرة، وأشاد رئيس الاتحاد العربي للكرة الطائرة، السيد منصور الحمادي، بحسن التنظيم في المغرب.";
    expect(stateOf(text, "منصور الحمادي")).toBeNull();
  });

  it("an economic expert quoted on his country's figures serves none", () => {
    const text = "الرياض: سلمى الدوسري\n\nوقال الخبير الاقتصادي الدكتور نايف عادل القرني إن تراجع الأسعار في السعودية يمنح البنك المركزي السعودي هامشا أوسع.";
    expect(stateOf(text, "نايف عادل القرني")).toBeNull();
  });

  it("a military coalition of several states is an international body: its secretary-general serves none", () => {
    const text =
      "الرياض - افتتح الأمين العام للتحالف الإسلامي العسكري لمحاربة الإرهاب اللواء الركن سعد بن ماجد الحربي اليوم في مقر التحالف بالرياض ورشة عمل لضباط من تسع دول.";
    expect(stateOf(text, "سعد بن ماجد الحربي")).toBeNull();
  });

  it("a mission's spokeswoman serves none, though the dateline names the host state", () => {
    const text =
      "BANGUI, Central African Republic (Reuters) - Peacekeepers drove off an attack on a camp near Bria on Tuesday, mission spokeswoman Adela Morvan said.";
    expect(stateOf(text, "Adela Morvan")).toBeNull();
  });

  it("a minister still serves his state", () => {
    const text = "وفي نيامي، قال وزير الدفاع النيجري سالو مامادو إن القوة المشتركة متعددة الجنسيات ستنسق دورياتها مع الجيش.";
    expect(stateOf(text, "سالو مامادو")).toBe("NE");
  });
});
