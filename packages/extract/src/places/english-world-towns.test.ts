import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { worldTownState, worldTownsNamed } from "./world-towns";

// Every sentence below is written for these tests, not taken from a page; the towns are real
// towns of the GeoNames dataset that the gazetteer does not list.

const wire = (body: string) => `Rescue drill held\n\nLISBON (Reuters) - ${body}`;
const placesOf = (body: string) => extractArticle({ text: wire(body) }).locations.map((l) => `${l.name}:${l.kind}:${l.country}`);

describe("towns of the world's dataset, read where a town stands", () => {
  it("reads a town after a preposition of place, 'the town of' and the second of 'between X and Y'", () => {
    const places = placesOf("A coastguard plane from Velas searched the bay, boats gathered outside the town of Madalena, and a ferry will sail between Lisbon and Lagoa.");
    expect(places).toEqual(expect.arrayContaining(["Velas:city:PT", "Madalena:city:PT", "Lagoa:city:PT"]));
  });

  it("gives a name several states share to the state the article is about", () => {
    expect(worldTownState("Lagoa", new Set(["BR"]))).toBe("BR");
    expect(worldTownState("Lagoa", new Set(["PT"]))).toBe("PT");
    // Two small towns and neither state named: no guess.
    expect(worldTownState("Lagoa", new Set())).toBeNull();
  });

  it("reads no town where none stands, nor a person's family name or a common word", () => {
    const places = placesOf("Talks were held in Velas. Velas officials met on Monday. Inspector Joana Madalena said the crews came from Madalena, and the team returned to Sale.");
    expect(places.some((p) => p.startsWith("Velas:"))).toBe(false);
    expect(places.some((p) => p.startsWith("Madalena:"))).toBe(false);
    expect(worldTownsNamed("Sale")).toEqual([]);
    // A school named by its town: "studied at Harvard" (Harvard is a town of Massachusetts too).
    expect(placesOf("She studied at Harvard and graduated from Stanford.").some((p) => /^(Harvard|Stanford):/.test(p))).toBe(false);
  });
});
