import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-05" });

describe("attacks, votes and occasions apart", () => {
  it("reads an attack as an event of its own, on the day it struck", () => {
    const x = read(
      "قصف يطال مستودعاً قرب الميناء",
      "قالت السلطات المحلية إن طائرات مسيّرة استهدفت فجر اليوم مستودعاً للوقود قرب ميناء بنغازي، من دون وقوع إصابات.",
    );
    const attacks = x.events.filter((e) => e.type === "other");
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.date).toBe("2026-03-05");
  });

  it("reads a parliament's vote as an event, in Arabic and in English", () => {
    const ar = read("البرلمان يقر الموازنة", "صادقت الجمعية الوطنية مساء الثلاثاء الماضي على مشروع قانون الموازنة بأغلبية واسعة.");
    expect(ar.events.map((e) => e.type)).toEqual(["other"]);
    expect(ar.events[0]!.date).toBe("2026-03-03");
    const en = read("Lawmakers back budget", "Lawmakers voted on Tuesday to approve a larger coast guard budget after a long debate.");
    expect(en.events.map((e) => e.type)).toEqual(["other"]);
  });

  it("keeps talks in another state apart from a meeting told before with no one named", () => {
    const x = read(
      "اجتماعات متتالية حول الأزمة",
      "عقد مجلس وزراء الخارجية العرب اجتماعاً طارئاً في القاهرة اليوم لبحث الأزمة.",
      "وكان وزير الخارجية اليمني سالم فرج العمودي قد التقى أمس في الرياض المبعوث الأممي كارل هانسن.",
    );
    const talks = x.events.filter((e) => e.type === "meeting" && e.participants.length);
    expect(talks).toHaveLength(1);
    expect(talks[0]!.location).toBe("الرياض");
  });

  it("reads an 'arrangement' or 'pact' signed by two ministers as an agreement", () => {
    const x = read("Ministers sign pact", "Defence ministers Aiko Tanaka and Peter Olsen signed a logistics arrangement in Oslo on Wednesday.");
    expect(x.events.map((e) => e.type)).toContain("agreement");
  });
});
