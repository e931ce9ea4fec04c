import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a state's legislature called by the plain word", () => {
  it("is the legislature the story names by its own name", () => {
    expect(orgs("Lawmakers back drone purchase\nEstonia's parliament voted on Tuesday to buy 40 drones from Kestrel Aero. The Riigikogu passed the bill with 61 votes.")).toEqual(["Riigikogu"]);
  });

  it("stays a body when the story names no legislature of that state", () => {
    expect(orgs("Lawmakers back drone purchase\nEstonia's parliament voted on Tuesday to buy 40 drones. The Knesset debated a similar bill.")).toEqual(expect.arrayContaining(["Estonia's parliament", "Knesset"]));
  });
});
