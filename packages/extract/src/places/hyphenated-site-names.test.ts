import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a site named by a hyphenated double name", () => {
  it("keeps both halves joined by a tight hyphen", () => {
    const places = placesOf("افتتاح\n\nروزو - وكالات\n\nهبطت الطائرة أمس في مطار بيرسون-ماكلين في دومينيكا بعد رحلة طويلة.");
    expect(places).toContain("مطار بيرسون-ماكلين");
    expect(places).not.toContain("مطار بيرسون");
  });

  it("stops at a dash set apart", () => {
    const places = placesOf("افتتاح\n\nروزو - وكالات\n\nهبطت الطائرة أمس في مطار بيرسون - وهو الأقدم في دومينيكا - بعد رحلة طويلة.");
    expect(places.some((p) => p.includes("وهو"))).toBe(false);
  });

  it("reads no English lake or bay from a head joined by a hyphen to the next name", () => {
    const places = placesOf("School opens\n\nThe minister opened a new wing at the Mary Lake-Carter Comprehensive School on Monday.");
    expect(places).not.toContain("Mary Lake");
  });
});
