import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-05-14" }).events;
const kinds = (...lines: string[]) => events(...lines).map((e) => e.type).sort();

describe("a host who gives a meal or has guests at a venue", () => {
  it("reads 'hosted the visiting dancers at a dinner' as a reception, no visit or meeting", () => {
    const x = kinds(
      "Dance week opens in Lagos",
      "On Wednesday evening, Lagos State Governor Tunde Adebayo hosted the visiting dancers at a dinner in the State House, where the Ghanaian choreographer Ama Boateng performed a short piece.",
    );
    expect(x).toEqual(["reception"]);
  });

  it("reads 'hosted the cyclists at the town hall' as a reception", () => {
    const x = kinds(
      "Race passes through Tartu",
      "Mayor Peeter Kask hosted the cyclists at the town hall on Tuesday, where the race director, Liis Saar, briefed them on the last stage.",
    );
    expect(x).toEqual(["reception"]);
  });

  it("keeps 'hosted his counterpart for talks' a meeting", () => {
    const x = kinds(
      "Border talks",
      "Estonian Interior Minister Mart Kuusk hosted his Finnish counterpart, Aino Virtanen, in Tallinn on Tuesday for talks on the coast guard.",
    );
    expect(x).toEqual(["meeting"]);
  });
});
