import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const sites = (x: ReturnType<typeof read>) => x.locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("English bases and camps that a visit goes to", () => {
  it("reads a base visited, held by no owner, with the town after 'at' as the visit's place", () => {
    const x = read("Admiral tours base", "", "Admiral Tomas Verro arrived in Port Amber on Sunday and on Monday visited the naval base at Kessel, where its commander showed him two new patrol boats.");
    expect(sites(x)).toContain("naval base at Kessel");
    expect(x.events.find((e) => e.type === "visit")?.location).toBe("naval base at Kessel");
  });

  it("leaves a base held by an owner in the possessive to the town after it", () => {
    const x = read("Minister tours base", "", "On Tuesday, Defence Minister Lida Harrow toured the Coast Guard's patrol base at Orrin Bay with its commander.");
    expect(sites(x)).not.toContain("patrol base at Orrin Bay");
  });

  it("names no site by a base placed by 'at the', no visit's object", () => {
    const x = read("Talks held", "", "The two chiefs held talks at the naval base in Kessel on Tuesday.");
    expect(sites(x)).not.toContain("naval base in Kessel");
  });
});
