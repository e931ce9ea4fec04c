import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const locationsOf = (text: string) => extractArticle({ text }).locations;
const find = (text: string, name: string) => locationsOf(text).find((l) => l.name === name);
const story = (body: string) => `Relief boats reach the islands\n\n${body}`;

describe("English places no list holds, read from the words around them", () => {
  it("reads a lagoon, a coast, a peninsula and an atoll named before their head", () => {
    expect(find(story("Volunteers will reach the villages along the Moruka Lagoon next week."), "Moruka Lagoon")?.kind).toBe("region");
    expect(find(story("Teams will move on to the Tavani Coast in January."), "Tavani Coast")).toBeDefined();
    expect(find(story("Storms cut the roads of the Koru Peninsula on Monday."), "Koru Peninsula")).toBeDefined();
  });

  it("reads no coast in a coast guard's name", () => {
    const x = extractArticle({ text: story("The Tavani Coast Guard said two boats were missing.") });
    expect(x.locations.find((l) => l.name.startsWith("Tavani"))).toBeUndefined();
  });

  it("reads a town goods are shipped, towed or airlifted to", () => {
    expect(find(story("The nets will be shipped to Marovi by boat next week."), "Marovi")).toBeDefined();
    expect(find(story("The crew were towed to Kelbori by a fishing boat."), "Kelbori")).toBeDefined();
  });

  it("reads a coast something lies off, not a day", () => {
    expect(find(story("The frigate anchored off Kelbori on Friday."), "Kelbori")).toBeDefined();
    expect(locationsOf(story("The boats set off Monday for the outer islands."))).toEqual([]);
    // Read whole by the noun after it, here or elsewhere.
    const x = locationsOf("Boat capsizes off Tarova\n\nEleven fishermen were rescued after their boat capsized west of Tarova Island.");
    expect(x.map((l) => l.name)).not.toContain("Tarova");
  });

  it("keeps the particles of a Romance town's name, and a listed town inside it is no place of its own", () => {
    expect(find(story("The yacht rounded the first mark off Vila Nova do Mar an hour ahead."), "Vila Nova do Mar")).toBeDefined();
    const x = locationsOf(story("The four sailors were towed to Vila do Porto by a trawler."));
    expect(x.map((l) => l.name)).toEqual(["Vila do Porto"]);
  });

  it("gives an unlisted town the story's state, not the nationality of a crew or an entry in the sentence", () => {
    const text =
      "Regatta starts in Portugal\n\nLISBON, Portugal (Lusa) - Forty yachts left Lisbon on Saturday, escorted by a Portuguese Navy patrol boat.\n\nThe Norwegian yacht crossed the first mark off Vila Alta do Campo almost four minutes ahead of the French entry.";
    expect(find(text, "Vila Alta do Campo")?.country).toBe("PT");
  });
});
