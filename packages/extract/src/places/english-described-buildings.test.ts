import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const sites = (x: ReturnType<typeof read>) => x.locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("English buildings named by a town, describing words and a building's noun", () => {
  it("reads the town's government building where talks were held as the venue", () => {
    const x = read("Talks held", "", "Interior Minister Lida Harrow hosted her counterpart, Aldo Kerrin, at the Velden city government building for talks on border guards.");
    expect(sites(x)).toContain("Velden city government building");
  });

  it("stops at a word that describes no building", () => {
    const x = read("Talks held", "", "The two ministers met at the Velden and the old building on Monday.");
    expect(sites(x)).not.toContain("Velden and the old building");
  });
});

describe("English barracks named by their place in lower case", () => {
  it("reads 'the X barracks' where talks were held as a site", () => {
    const x = read("Talks held", "", "Kerrin told reporters after the meeting at the Orrin barracks that the deal was ready.");
    expect(sites(x)).toContain("Orrin barracks");
  });

  it("names no building by a body's station and its pier", () => {
    const x = read("Rescue", "", "The captain Aldo Kerrin told reporters at the KCG station pier that all eleven men were safe.");
    expect(sites(x)).not.toContain("KCG station pier");
  });
});
