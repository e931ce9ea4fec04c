import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-01" }).organizations.map((o) => [o.name, o.country]);

describe("legislatures and armed movements named with no head word", () => {
  it("reads a legislature printed by its own name as a body of its state", () => {
    const x = orgs("Harbour Weekly\nTALLINN, March 3 - Opposition lawmakers in the Riigikogu voted on Tuesday against the budget, while a committee of the Sejm met in Warsaw.");
    expect(x).toContainEqual(["Riigikogu", "EE"]);
    expect(x).toContainEqual(["Sejm", "PL"]);
  });

  it("reads Parliament printed alone and capitalized as the state's legislature, not before a noun it qualifies", () => {
    expect(orgs("Harbour Weekly\nKINGSTON, Jamaica - The opposition asked for the pact to be tabled in Parliament.")).toContainEqual(["Parliament", "JM"]);
    expect(orgs("Harbour Weekly\nKINGSTON, Jamaica - Ms Orla Brandt said Parliament should be told what the deal would cost.")).toContainEqual(["Parliament", "JM"]);
    expect(orgs("Harbour Weekly\nKINGSTON, Jamaica - The Parliament building was closed on Monday.").map(([n]) => n)).not.toContain("Parliament");
  });

  it("reads an Arabic legislature's name alone", () => {
    expect(orgs("عنوان\nوصوت الكنيست مساء الاثنين على مشروع قانون جديد للميزانية.")).toContainEqual(["الكنيست", "IL"]);
  });

  it("reads a rebel movement named by a letter and a number, which belongs to no single state", () => {
    expect(orgs("Harbour Weekly\nKinshasa accuses Kigali of supporting M23 fighters in Ituri, which Rwanda rejects, the ministry said.")).toContainEqual(["M23", null]);
  });
});
