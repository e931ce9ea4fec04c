import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-05-12" }).events;
const kindsOf = (events: ReturnType<typeof read>) => events.map((e) => e.type).sort();

describe("an English welcome told apart from the talks", () => {
  const lead = "RIGA (Wire) — Latvian Defence Minister Arturs Berzins and his Lithuanian counterpart Tomas Kalvaitis on Wednesday signed a letter of intent on air policing at the Lielvarde air base.";

  it("a guest welcomed in the passive before the two sat down for talks is a reception beside the meeting, on the signing's day", () => {
    const x = read("Baltic ministers sign air policing letter", lead, "Kalvaitis was welcomed at the base by Berzins and by the base commander, Colonel Janis Ozolins, before the two ministers sat down for an hour of talks.");
    expect(kindsOf(x)).toEqual(["agreement", "meeting", "reception"]);
    expect(x.filter((e) => e.type !== "agreement").map((e) => e.date)).toEqual(["2027-05-12", "2027-05-12"]);
  });

  it("a guest received with military honours, the talks told 'then' in the next sentence: a reception and a meeting of one day", () => {
    const x = read("Baltic ministers sign air policing letter", lead, "Kalvaitis was received with military honours at the base by Berzins and the base commander, Colonel Janis Ozolins.", "The two ministers then held talks on radar coverage and pilot training.");
    expect(kindsOf(x)).toEqual(["agreement", "meeting", "reception"]);
    expect(x.find((e) => e.type === "reception")!.date).toBe("2027-05-12");
  });

  it("a host who greeted his guest before the talks receives him", () => {
    const x = read("Baltic ministers sign air policing letter", lead, "Mr Berzins greeted Mr Kalvaitis on the tarmac before the two ministers sat down for talks on radar coverage.");
    expect(kindsOf(x)).toContain("reception");
    expect(kindsOf(x)).toContain("meeting");
  });

  it("a guest received at a palace with no talks told after it stays a meeting", () => {
    const x = read("Minister in Vilnius", "VILNIUS (Wire) — Latvian Defence Minister Arturs Berzins was received at the presidential palace by President Gitanas Kalnins on Wednesday.");
    expect(kindsOf(x)).toEqual(["meeting"]);
  });
});
