import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (body: string) => extractArticle({ text: `Port works\n\nTORVALE, May 3 (Reuters) - ${body}`, fileName: "en-x.txt" }).locations.map((l) => l.name);

describe("English sites named with a capitalized head", () => {
  it("a Harbor after its name is a site, and the name alone is no second place", () => {
    const places = names("The cargo ship reached Velmora Harbor on Thursday.");
    expect(places).toContain("Velmora Harbor");
    expect(places).not.toContain("Velmora");
  });

  it("a bridge named by pieces joined with a hyphen keeps them all", () => {
    const places = names("Trucks crossed the T-R Bridge on Friday.");
    expect(places).toContain("T-R Bridge");
    expect(places).not.toContain("R Bridge");
  });
});
