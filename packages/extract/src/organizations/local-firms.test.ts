import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a company described as local (findDescribedBodies)", () => {
  it("is read with a place opening its name, which is then no place of the story", () => {
    const x = extractArticle({ text: "Title\nWINDHOEK - Local developer Erongo Sun Hydrogen and a German firm signed a deal on Friday. The local firm Kalahari Salt Works grew.", fileName: "t.txt" });
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([["Erongo Sun Hydrogen", "NA"], ["Kalahari Salt Works", "NA"]]);
    expect(x.locations.map((l) => l.name)).toEqual(["Windhoek"]);
  });
});
