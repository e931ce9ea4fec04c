import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a sea or a region of several states before a noun is an adjective, no place", () => {
  it("before a lower-case noun or inside a longer capitalized name", () => {
    const places = names("Boats\n\nSUVA, May 3 (Reuters) - Fiji will supply boats to Pacific ports and a dozen Pacific island states, the Mekong Trade Expo opened and the cargo ship Pacific Star docked, officials said.");
    expect(places).not.toContain("Pacific");
    expect(places).not.toContain("Mekong");
  });

  it("as a noun it is a place: after the article and before a verb, a preposition or the end", () => {
    expect(names("Fishing\n\nSUVA, May 3 (Reuters) - Boats that fish the Pacific do not report their catch, officials said.")).toContain("Pacific");
    expect(names("Plant\n\nWINDHOEK, May 3 (Reuters) - The brine will be pumped into the Atlantic.")).toContain("Atlantic");
    expect(names("Raids\n\nNIAMEY, May 3 (Reuters) - Fighters moved from the central Sahel towards the coast.").some((p) => p.endsWith("Sahel"))).toBe(true);
  });
});
