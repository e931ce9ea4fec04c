import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}:${l.kind}:${l.country}`);

describe("an English dateline with a province after the city", () => {
  it("reads the whole city of 'CAMBRIDGE BAY, Nunavut (CP) —' in the province's state, not a listed town of its first word", () => {
    const x = extractArticle({ text: "Minister visits Arctic base\n\nCAMBRIDGE BAY, Nunavut (CP) — Defence Minister Ellen Morrow visited the northern operations base in Cambridge Bay on Tuesday, her office said." });
    const places = x.locations.map((l) => `${l.name}:${l.kind}:${l.country}`);
    expect(places).toContain("Cambridge Bay:city:CA");
    expect(places).not.toContain("Cambridge:city:GB");
    expect(x.countries).toEqual(["CA"]);
  });

  it("still reads a listed town standing alone in the body of another report", () => {
    expect(placesOf("Talks in England\n\nLONDON (Reuters) — Officials met in Cambridge on Tuesday to discuss a defence research fund, the ministry said.")).toContain("Cambridge:city:GB");
  });
});
