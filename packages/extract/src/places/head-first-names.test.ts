import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);
const wire = (body: string) => `Lake patrols\n\nKAMPALA, May 4 (AP) - ${body}`;

describe("a lake or a mountain named after its head", () => {
  it("reads Lake X and Mount X as places no list holds", () => {
    const places = placesOf(wire("Police boats patrolled Lake Wambesi on Monday, and rangers searched the slopes of Mount Kereba."));
    expect(places).toContain("Lake Wambesi");
    expect(places).toContain("Mount Kereba");
  });
});
