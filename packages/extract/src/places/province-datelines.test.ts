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

describe("an English dateline with the state's abbreviation after the city", () => {
  it("reads the city and its state from 'GRAND FORKS, N.D. (AP) —' and 'SPRINGFIELD, Ill. —'", () => {
    const nd = placesOf("Guard unit returns home\n\nMINOT, N.D. (AP) — Soldiers of a National Guard battalion came home on Friday after a year abroad, officials said.");
    expect(nd).toEqual(expect.arrayContaining(["Minot:city:US", "North Dakota:region:US"]));
    const il = placesOf("Guard unit returns home\n\nPEORIA, Ill. — Soldiers of a National Guard battalion came home on Friday after a year abroad, officials said.");
    expect(il).toEqual(expect.arrayContaining(["Peoria:city:US", "Illinois:region:US"]));
  });

  it("gives the state of a listed city too ('DARWIN, N.T. —'), and reads no state in a plain dash", () => {
    expect(placesOf("Troops begin drill\n\nDARWIN, N.T. — Soldiers from two states began a drill on Monday, the army said.")).toEqual(expect.arrayContaining(["Darwin:city:AU", "Northern Territory:region:AU"]));
    expect(placesOf("Troops begin drill\n\nDARWIN, Monday — Soldiers from two states began a drill, the army said.").some((p) => p.endsWith(":region:AU"))).toBe(false);
  });
});

describe("an English dateline whose state is closed by the day of the month", () => {
  it("reads 'SOUTH TARAWA, Kiribati, Nov. 3 (Kyodo) --' as a city of that state, not the listed town of its last word", () => {
    const places = placesOf("Ferry service resumes\n\nSOUTH TARAWA, Kiribati, Nov. 3 (Kyodo) -- A ferry between two atolls resumed service on Monday after repairs, the transport ministry said.");
    expect(places).toContain("South Tarawa:city:KI");
    expect(places).not.toContain("Tarawa:city:KI");
  });

  it("reads no city when the word after the state is no month", () => {
    expect(placesOf("Ferry service resumes\n\nPORT KELVA, Kiribati, Officials said 3 ferries resumed service on Monday.").some((p) => p.startsWith("Port Kelva"))).toBe(false);
  });
});
