import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const kinds = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.map((e) => e.type);
const lead = ["Baltic ties", "RIGA, March 10 (Wire) - Estonian Interior Minister Kadri Tamm met Latvian Interior Minister Janis Kalnins in Narva on Tuesday."];

describe("an English occasion still to come", () => {
  it("'are to sign' and 'will sign' an agreement is no agreement yet", () => {
    expect(kinds(...lead, "The two ministers are to sign a formal cooperation agreement in Riga in May, her office said.")).toEqual(["meeting"]);
    expect(kinds(...lead, "The two ministers will sign a formal cooperation agreement in Riga in May.")).toEqual(["meeting"]);
  });

  it("'is scheduled to meet' is no meeting yet", () => {
    expect(kinds(...lead, "Tamm is scheduled to meet the Lithuanian minister Rasa Petraitis in Vilnius next month.")).toEqual(["meeting"]);
  });
});

describe("'flew'", () => {
  it("over a town, said of a drone, is no visit", () => {
    const x = kinds(...lead, "On Monday evening, a drone crossed the river and flew for about 15 minutes over the town's industrial district before it was jammed.");
    expect(x).not.toContain("visit");
  });

  it("to a town is a journey there", () => {
    expect(kinds("Minister travels", "Defence Minister Kofi Boateng flew to Tamale on Tuesday to meet troops.")).toContain("visit");
  });

  it("'the next meeting … is scheduled to take place' is a meeting still to come", () => {
    expect(kinds(...lead, "The next meeting of the joint border commission is scheduled to take place in Tallinn in September, the statement said.")).toEqual(["meeting"]);
  });
});

describe("an English occasion that did not happen or is only planned further on in its clause", () => {
  it("'did not meet the visitor' is no meeting", () => {
    expect(kinds(...lead, "Prime Minister Arvids Ozols was abroad and did not meet the visitor.")).toEqual(["meeting"]);
  });

  it("'is expected to return … for a meeting of …' is no meeting yet", () => {
    expect(kinds(...lead, "Tamm is expected to return to the region in June for a meeting of the Nordic Border Forum in Vilnius.")).toEqual(["meeting"]);
  });
});
