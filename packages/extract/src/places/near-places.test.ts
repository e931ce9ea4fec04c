import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);
const wire = (body: string) => `Border drill\n\nTALLINN, May 4 (ERR) - ${body}`;

describe("an English town placed by near, outside or 'in X, where'", () => {
  it("reads the capitalized name after near or outside as a place", () => {
    const places = placesOf(wire("Engineers built a pontoon bridge near Korvasta on Tuesday, while a second unit trained outside Lemmuvere."));
    expect(places).toContain("Korvasta");
    expect(places).toContain("Lemmuvere");
  });

  it("reads the capitalized name a bearing is taken from as a place", () => {
    const places = placesOf(wire("Patrols were stepped up north of Korvasta and 30 km south-east of Lemmuvere on Tuesday."));
    expect(places).toContain("Korvasta");
    expect(places).toContain("Lemmuvere");
  });

  it("reads a name after in that 'where' goes on to describe as a place", () => {
    const places = placesOf(wire("The minister later visited a volunteer unit in Haavasoo, where reservists train at weekends."));
    expect(places).toContain("Haavasoo");
  });

  it("leaves a name after in without 'where' alone", () => {
    const places = placesOf(wire("The minister said the plan was published in Kelvar on Tuesday."));
    expect(places).not.toContain("Kelvar");
  });
});
