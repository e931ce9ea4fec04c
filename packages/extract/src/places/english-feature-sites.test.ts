import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("English sites named before a land or shore feature's noun", () => {
  it("a capitalized Island, Plateau, Delta or Wharf, or a lower-case training ground, after a name is a site", () => {
    const places = read(
      "Storm season\n\nMANILA, June 4 (Reuters) - Cadets trained at the Korvel training ground before sailing past Tamaro Island, while herders on the Tibesti Plateau and farmers in the Irrawaddy Delta lost animals and crops and a ferry sank off Lotofaga Wharf, officials said.",
    );
    expect(places).toEqual(expect.arrayContaining(["Korvel training ground", "Tamaro Island", "Tibesti Plateau", "Irrawaddy Delta", "Lotofaga Wharf"]));
    // The region that opens the plateau's name is the plateau there, no second place.
    expect(places).not.toContain("Tibesti");
  });

  it("a lower-case island after a name describes it, no site of its own", () => {
    const places = read("Patrol\n\nWINDHOEK, June 4 (Reuters) - Rangers reached Tamaro island and a small Pacific island on Monday, officials said.");
    expect(places.some((p) => /island/.test(p))).toBe(false);
  });
});
