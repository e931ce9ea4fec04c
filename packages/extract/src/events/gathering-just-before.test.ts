import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-05-14" }).events;
const dayOf = (events: ReturnType<typeof read>, type: string) => events.find((e) => e.type === type)?.date;

describe("talks told right after a dated signing", () => {
  it("take the signing's day when the signing named the states alone", () => {
    const x = read(
      "Estonia and Finland agree on ferry patrols",
      "TALLINN (Wire) — The interior ministers of Estonia and Finland on Friday signed a memorandum on joint ferry patrols in the Gulf of Finland.",
      "Estonian Interior Minister Kaarel Tamm hosted his Finnish counterpart, Mikko Lahti, at the Tallinn city hall for talks on migrant smuggling.",
    );
    expect(dayOf(x, "meeting")).toBe("2027-05-14");
  });

  it("stay undated when the sentence tells another meeting ('also met')", () => {
    const x = read(
      "Estonia and Finland agree on ferry patrols",
      "TALLINN (Wire) — Estonian Interior Minister Kaarel Tamm and his Finnish counterpart Mikko Lahti on Friday signed a memorandum on joint ferry patrols.",
      "Lahti also met the commander of the Estonian Police, Colonel Andres Saar, for talks on smuggling.",
    );
    expect(dayOf(x, "meeting")).toBeNull();
  });
});
