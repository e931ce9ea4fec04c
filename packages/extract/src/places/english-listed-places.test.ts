import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const names = (body: string) => extractArticle({ text: `Dengue campaign begins\n\n${body}` }).locations.map((l) => l.name);

describe("English places listed under a plural noun of what they are", () => {
  it("reads every name after 'the villages of'", () => {
    expect(names("Nurses will visit schools in the villages of Santa Rita, Pine Ridge and Moho next week.")).toEqual(expect.arrayContaining(["Santa Rita", "Pine Ridge", "Moho"]));
  });

  it("reads every name before 'districts' or 'rivers', beside the listed ones", () => {
    expect(names("Cases rose in the Moho and Kelbori districts, where rain fell.")).toEqual(expect.arrayContaining(["Moho", "Kelbori"]));
    const x = names("Patrols will run along the Tarova and Nile rivers.");
    expect(x).toContain("Tarova");
  });

  it("reads no place in a list of days, nor in a plural with no names", () => {
    expect(names("The Sunday and Monday editions were late.")).toEqual([]);
    expect(names("The villages of the north were cut off by the floods.")).toEqual([]);
  });
});
