import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt" }).locations.map((l) => `${l.name}/${l.kind}/${l.country}`);

describe("a town printed only as the first word of an English airport's or base's name", () => {
  it("is the site's name there, not a place of its own", () => {
    const places = read("Patrol flights\n\nSUVA, Fiji (AP) — Two maritime patrol aircraft will fly from Lautoka International Airport under the new deal.");
    expect(places).toContain("Lautoka International Airport/site/FJ");
    expect(places.some((p) => p.startsWith("Lautoka/"))).toBe(false);
  });

  it("is listed when the text prints the town elsewhere too", () => {
    const places = read("Patrol flights\n\nSUVA, Fiji (AP) — Two aircraft will fly from Lautoka International Airport, and their crews will live in Lautoka for a month.");
    expect(places).toEqual(expect.arrayContaining(["Lautoka International Airport/site/FJ", "Lautoka/city/FJ"]));
  });
});

describe("a town before a lower-case 'port'", () => {
  it("is the town the text means", () => {
    const places = read("Pilotage fees\n\nKUWAIT CITY (AP) — The fees charged to ships bound for Basra port were cut on Sunday.");
    expect(places).toContain("Basra/city/IQ");
  });
});
