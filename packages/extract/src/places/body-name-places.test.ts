import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("an English place opening a body's capitalized name names the body", () => {
  it("a university, a party and a navy named after a place list no place", () => {
    const places = names("Security review\n\nLONDON, May 3 (Reuters) - Gunmen attacked Garissa University in 2015, and the Royal Brunei Navy and the Kurdistan Democratic Party both condemned the raid, officials said.");
    expect(places).not.toContain("Garissa");
    expect(places).not.toContain("Brunei");
    expect(places).not.toContain("Kurdistan");
  });

  it("the place printed on its own elsewhere is still listed", () => {
    const places = names("Visit\n\nNAIROBI, May 3 (Reuters) - The minister toured Garissa University and later met elders in Garissa, officials said.");
    expect(places).toContain("Garissa");
  });
});
