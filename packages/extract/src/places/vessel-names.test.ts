import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a ship named after a place is no place of the story", () => {
  it("after a lower-case ship noun or inside a name a ship's prefix opens", () => {
    const places = names("Port\n\nLAGOS, May 3 (Reuters) - The car carrier Bursa docked on Sunday, and pirates chased the oil tanker MT Grace Abuja, officials said.");
    expect(places).not.toContain("Bursa");
    expect(places).not.toContain("Abuja");
  });

  it("after a preposition the place is the place", () => {
    expect(names("Port\n\nLAGOS, May 3 (Reuters) - The tanker later sailed to Abuja, officials said.")).toContain("Abuja");
  });
});
