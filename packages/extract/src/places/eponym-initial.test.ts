import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (body: string) => extractArticle({ text: `Runway works\n\nTORVALE, May 3 (Reuters) - ${body}`, fileName: "en-x.txt" }).locations.map((l) => l.name);

describe("a site named after a person keeps the person's middle initial", () => {
  it("an airport named with a given name, an initial and a surname is read whole", () => {
    const places = names("The loan will lengthen the runway at Marten K. Dorvell International Airport in Torvale so that larger jets can land.");
    expect(places).toContain("Marten K. Dorvell International Airport");
    expect(places).not.toContain("Dorvell International Airport");
  });

  it("a full stop after a whole word still ends the sentence before a site's name", () => {
    const places = names("The minister thanked Lea Corvan. Varno International Airport reopened on Friday.");
    expect(places).toContain("Varno International Airport");
    expect(places.some((p) => p.includes("Corvan"))).toBe(false);
  });
});
