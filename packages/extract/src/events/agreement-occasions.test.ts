import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n") });
const events = (...lines: string[]) => read(...lines).events.map((e) => [e.type, e.participants, e.location]);

describe("an agreement and the meeting it was reached at: one occasion", () => {
  it("reads 'اتفقت … . جاء ذلك خلال لقاء جمع …' as one agreement, with the meeting's people and place", () => {
    expect(
      events(
        "اتفاق على دوريات مشتركة",
        "اتفقت تنزانيا وكينيا، الخميس، على تسيير دوريات مشتركة في بحيرة فيكتوريا.",
        "جاء ذلك خلال لقاء جمع وزير الدفاع التنزاني سالم مكوامبا ونظيره الكيني جوزيف أوتينو في مدينة أروشا التنزانية.",
      ),
    ).toEqual([["agreement", ["سالم مكوامبا", "جوزيف أوتينو"], "أروشا"]]);
  });

  it("reads talks after which a deal was signed as the signing's occasion, not a meeting", () => {
    expect(
      events("Ministers sign pact", "The accord was signed in the town of Kalvera by Defense Minister Ana Ruiz and Interior Minister Tomas Lenz after a day of talks on river patrols."),
    ).toEqual([["agreement", ["Ana Ruiz", "Tomas Lenz"], "Kalvera"]]);
  });
});

describe("what is no meeting or visit", () => {
  it("reads 'will meet' as a plan", () => {
    expect(read("Committee", "A joint committee led by Interior Minister Tomas Lenz will meet in Basra in June.").events.filter((e) => e.type === "meeting")).toEqual([]);
  });

  it("reads 'جولة من المحادثات' as a round of talks, not a tour", () => {
    expect(events("جولة محادثات", "عقد نائب وزير الخارجية سامر الحداد جولة جديدة من المحادثات في مدينة الكرك.").map((e) => e[0])).toEqual(["meeting"]);
  });
});

describe("seizures, arrests and ambushes are events", () => {
  it("reads them as events of type other, where they happened", () => {
    expect(events("ضبط شحنة", "ضبطت قوات خفر السواحل فجر اليوم قاربا محملا بالأسلحة قبالة ميناء الحديدة.").map((e) => e[0])).toEqual(["other"]);
    expect(events("Ambush", "Gunmen ambushed an army patrol near the town of Kalaba, killing two soldiers.")).toEqual([["other", [], "Kalaba"]]);
    // "ضبط الحدود", "ضبط النفس": control and restraint, no seizure.
    expect(events("ضبط الحدود", "وناقش المجتمعون آليات ضبط المعابر وضبط النفس على طول الحدود.").map((e) => e[0])).not.toContain("other");
    expect(events("Arrests", "Police arrested nine people in raids across the capital on Monday.").map((e) => e[0])).toEqual(["other"]);
  });
});
