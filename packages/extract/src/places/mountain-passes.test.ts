import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const sites = (x: ReturnType<typeof read>) => x.locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("mountain passes", () => {
  it("reads a capitalized Pass after its name as a site", () => {
    const x = read("Road closed", "", "Snow closed the Torvi Pass on Monday, stranding two hundred trucks.");
    expect(sites(x)).toContain("Torvi Pass");
  });

  it("reads no site from a lower-case pass, a verb or a common noun", () => {
    const x = read("Convoy", "", "Trucks bound for Velden will pass through the valley without a pass.");
    expect(sites(x).some((s) => /pass$/u.test(s))).toBe(false);
  });
});
