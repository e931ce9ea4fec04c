import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("English waters, islands and bases", () => {
  it("keeps a lower-case island's noun as an alias and reads a strait before its lower-case noun", () => {
    const x = extractArticle({ text: "Patrols planned\n\nThe navy said patrols covering the Skagerrak strait and the waters near Lampedusa island would start in May.", tagger: false });
    expect(x.locations.map((l) => l.name)).toContain("Skagerrak");
    expect(x.locations.find((l) => l.name === "Lampedusa")?.aliases).toContain("Lampedusa island");
  });

  it("reads a base opened by a navy's prefix after a preposition of place, and one opened by a force's acronym", () => {
    const x = extractArticle({ text: "Ministers meet\n\nThe minister hosted his counterpart at HMAS Kembla on Monday, after his plane landed at RAAF Base Tarlee. The frigate HMAS Orla sailed.", tagger: false });
    const got = x.locations.map((l) => l.name);
    expect(got).toEqual(expect.arrayContaining(["HMAS Kembla", "RAAF Base Tarlee"]));
    expect(got).not.toContain("HMAS Orla");
    expect(got.filter((n) => n === "RAAF Base Tarlee")).toHaveLength(1);
  });

  it("takes a name said again after a base's prefix for the base, but keeps the town of a lower-case site", () => {
    const base = extractArticle({ text: "PERTH — Talks held\n\nThe minister was at HMAS Kembla on Monday. The frigate later berthed at Kembla, an official said.", tagger: false });
    expect(base.locations.map((l) => l.name)).not.toContain("Kembla");
    const town = extractArticle({ text: "LONDON — Talks held\n\nThe minister toured the naval base at Luba on Monday.", tagger: false });
    expect(town.locations.map((l) => l.name)).toContain("Luba");
  });
});
