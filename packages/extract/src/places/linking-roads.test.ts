import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const names = (x: ReturnType<typeof read>) => x.locations.map((l) => l.name);

describe("roads named by the two places they link", () => {
  it("reads the X-Y road as a site", () => {
    const x = read("Road reopens", "", "Traffic resumed on the Korvi-Tasvik road on Friday.");
    expect(names(x)).toContain("Korvi-Tasvik road");
  });

  it("reads a section of such a road with its noun", () => {
    const x = read("Road opens", "", "The minister on Monday opened the Korvi-Tasvik road section, including a new tunnel.");
    expect(names(x)).toContain("Korvi-Tasvik road section");
    expect(names(x)).not.toContain("Korvi-Tasvik road");
  });
});
