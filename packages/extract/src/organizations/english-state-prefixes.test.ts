import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (lead: string) => extractArticle({ text: `Coast guard deal\n\nKINGSTON (CMC) - ${lead}` });
const orgs = (lead: string) => read(lead).organizations.map((o) => [o.name, o.country]);

describe("English bodies named after a state of several words", () => {
  it("takes a state's name with an 'and' or with dots in whole", () => {
    const lead = "The Antigua and Barbuda Defence Force and the U.S. Naval War College signed an agreement on Monday to train officers in the region, officials said in a statement.";
    expect(orgs(lead)).toContainEqual(["Antigua and Barbuda Defence Force", "AG"]);
    expect(orgs(lead)).toContainEqual(["U.S. Naval War College", "US"]);
  });

  it("lists an abbreviated state as printed, not title-cased", () => {
    const lead = "The U.S. embassy said on Tuesday that two patrol boats would be handed over to the coast guard of the island within a month, officials said.";
    expect(read(lead).locations.map((l) => l.name)).toContain("U.S.");
  });
});

describe("English companies", () => {
  it("take the state an apposition right after the name gives them", () => {
    const lead = "The navy said on Friday that the radar contract went to Harbourlight Industries, a Norwegian firm, after a tender that lasted a year, officials said.";
    expect(orgs(lead)).toContainEqual(["Harbourlight Industries", "NO"]);
  });
});
