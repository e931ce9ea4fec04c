import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const others = (...lines: string[]) =>
  extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.filter((e) => e.type === "other");

describe("a lead told again in detail in the next sentence", () => {
  it("is one opening, at the site, with the one who cut the ribbon", () => {
    const x = others(
      "Ghana opens a drum museum",
      "KUMASI, Ghana (Wire) — Ghana opened a museum of talking drums in the city of Kumasi on Tuesday, ahead of a week of festivals.",
      "Culture Minister Ama Boateng cut the ribbon at the Manhyia Drum Museum, a restored colonial post office near the market, before a crowd of children.",
    );
    expect(x.map((e) => [e.participants, e.location])).toEqual([[["Ama Boateng"], "Manhyia Drum Museum"]]);
  });

  it("keeps apart an opening told sentences later at another site", () => {
    const x = others(
      "Ghana opens a drum museum",
      "KUMASI, Ghana (Wire) — Ghana opened a museum of talking drums in the city of Kumasi on Tuesday, ahead of a week of festivals.",
      "The museum holds some 300 drums given by chiefs from across the region.",
      "Visitors will pay a small fee.",
      "Culture Minister Ama Boateng cut the ribbon at the Manhyia Drum Museum on Wednesday.",
    );
    expect(x.length).toBe(2);
  });
});
