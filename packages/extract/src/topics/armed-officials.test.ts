import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { forcesTogether, isArmedOfficial } from "./armed-officials";

// Every sentence below is written for these tests, not taken from an article.

const topics = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).topics;

describe("a meeting of two states is military cooperation only when an official of the forces or of defence takes part", () => {
  const story = (who: string, other: string) => [
    "Norway and Sweden sign pact against drug smuggling at mountain crossings",
    "",
    `OSLO (NTB) — ${who} and ${other} signed an agreement on Tuesday in Oslo to step up checks on drug smuggling at the mountain crossings between the two countries.`,
    "The two met for three hours at the ministry, where officers of the army and of the military police briefed them on the routes the gangs use.",
    "Under the pact, customs officers of both sides will share the names of suspected couriers each week, the two said after the meeting.",
  ];

  it("leaves it out when the named officials are interior ministers", () => {
    expect(topics(...story("Norway's Justice Minister Kari Lund", "Swedish Interior Minister Lars Berg"))).not.toContain("military-cooperation");
  });

  it("keeps the reading of a meeting where no official is named", () => {
    expect(topics(...story("Norway", "Sweden"))).toContain("military-cooperation");
  });

  it("keeps it when a defence minister takes part", () => {
    expect(topics(...story("Norway's Defence Minister Kari Lund", "Swedish Defence Minister Lars Berg"))).toContain("military-cooperation");
  });

  it("tells an office of the forces by its role, not by a rank alone", () => {
    expect(isArmedOfficial({ role: "قائد المنطقة العسكرية الشمالية" })).toBe(true);
    expect(isArmedOfficial({ role: "Chief of the Naval Staff" })).toBe(true);
    expect(isArmedOfficial({ role: "وزير الداخلية" })).toBe(false);
    expect(isArmedOfficial({ role: "head of the regional police" })).toBe(false);
    expect(isArmedOfficial({ role: null })).toBe(false);
  });

  it("leaves it out when a defence minister meets a state present only through its interior ministry", () => {
    expect(topics(...story("Norway's Defence Minister Kari Lund", "Swedish Interior Minister Lars Berg"))).not.toContain("military-cooperation");
  });

  it("reads forces together only when every state present through interior or police officials also sends an officer of the forces", () => {
    const general = { role: "قائد المنطقة العسكرية الشمالية", country: "AA" };
    const interiorA = { role: "وزير الداخلية", country: "AA" };
    const interiorB = { role: "معاون وزير الداخلية", country: "BB" };
    const defenceB = { role: "وزير الدفاع", country: "BB" };
    const presidentB = { role: "رئيس الجمهورية", country: "BB" };
    expect(forcesTogether([interiorA, general, interiorB])).toBe(false);
    expect(forcesTogether([interiorA, general, interiorB, defenceB])).toBe(true);
    expect(forcesTogether([general, presidentB])).toBe(true);
    expect(forcesTogether([interiorA, interiorB])).toBe(false);
    expect(forcesTogether([])).toBeUndefined();
  });
});
