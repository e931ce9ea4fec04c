import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { joinedTour } from "./joined-tour";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events;

const talks = [
  "Lake border talks",
  "KISUMU, March 10 (Wire) -- Kenya's Interior Minister Achieng Otieno and Uganda's Internal Affairs Minister General Peter Okello held talks in Kisumu on Tuesday.",
];
// The pair drives to a post where its chief shows them round.
const drive = "After the talks, the two ministers drove to the Busia border post, where the station chief of the immigration service, Mary Auma, showed them the new scanners.";

const afterDrive = (line: string) => read(...talks, drive, line);

describe("a drive where a host showed the travellers round", () => {
  it("is a visit by the pair and the host ('drove to X, where Y showed them')", () => {
    const events = read(...talks, "After the talks, the two ministers drove to the Busia border post, which opened last year, where the station chief of the immigration service, Mary Auma, showed them the new scanners.");
    const visits = events.filter((e) => e.type === "visit");
    expect(visits.map((e) => e.participants)).toEqual([["Achieng Otieno", "Peter Okello", "Mary Auma"]]);
    expect(visits[0]?.location).toBe("Busia border post");
  });

  it("adds who 'joined the tour' to that visit, and makes no visit of its own", () => {
    const events = afterDrive("The head of the Ugandan customs office in Tororo, Colonel James Mugisha, joined the tour from the other side.");
    const visits = events.filter((e) => e.type === "visit");
    expect(visits.map((e) => e.participants)).toEqual([["Achieng Otieno", "Peter Okello", "Mary Auma", "James Mugisha"]]);
  });

  it("reads no joining before a visit not named again", () => {
    const tokens = ["He", "joined", "a", "tour"].map((key) => ({ key }));
    expect(joinedTour(tokens, { first: 0, last: 4, start: 0, end: 20 }, [{ kind: "visit", first: 3, last: 3 }], ["visit"], [], 1)).toBeNull();
  });
});

describe("an attack told 'days after' with a drone's explosives", () => {
  it("is an earlier happening with nobody named, dated by its own clause", () => {
    const events = afterDrive("The meeting came days after a drone dropped explosives on a police post in Malaba last Saturday, wounding two officers.");
    const attack = events.find((e) => e.type === "other");
    expect(attack?.participants).toEqual([]);
    expect(attack?.date).toBe("2027-03-06");
  });
});
