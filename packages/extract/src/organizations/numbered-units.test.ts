import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "News\n\n" + text }).organizations.map((o) => o.name);

describe("English units named by an ordinal in figures", () => {
  it("reads the number with the unit's arm and formation", () => {
    expect(orgs("The 7th Mountain Brigade said in a statement that two rebels had surrendered near the river.")).toContain("7th Mountain Brigade");
  });

  it("reads a unit after a state's possessive that acts in the story", () => {
    const names = orgs("Soldiers of Estonia's 2nd Motorised Infantry Battalion cleared the road on Friday.");
    expect(names).toContain("2nd Motorised Infantry Battalion");
    expect(names).not.toContain("Infantry Battalion");
  });

  it("leaves a unit named only in its commander's title to the title", () => {
    expect(orgs("Col. Tomas Reyes, commander of the 304th Infantry Brigade, said the patrol was ambushed.")).toEqual([]);
  });

  it("reads no unit from a date or a count", () => {
    expect(orgs("The 3rd Annual Review opened on the 21st March Plaza in the 5th District.")).not.toContain("3rd Annual Review");
  });
});
