import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const locationsOf = (text: string) => extractArticle({ text }).locations.map((l) => [l.name, l.country] as const);

describe("an English sea or strait named after the land it washes", () => {
  it("reads a listed region before Sea as the sea's name, not the region", () => {
    const places = locationsOf("Navy drill\n\nJAKARTA, May 4 (ANTARA) - Two corvettes patrolled the Sulawesi Sea on Tuesday with a tanker.");
    expect(places.map(([n]) => n)).toContain("Sulawesi Sea");
    expect(places.map(([n]) => n)).not.toContain("Sulawesi");
  });
});
