import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });

describe("English venues and the clauses around them", () => {
  it("takes a venue after 'in the' ('in the Baltic Sea')", () => {
    const x = read("Drill", "", "OSLO - Navies of Norway and Poland began a mine-clearing exercise in the Baltic Sea on Monday.");
    expect(x.events.find((e) => e.type === "other")?.location).toBe("Baltic Sea");
  });

  it("takes the place a seizure happened off ('seized a dhow off Sohar')", () => {
    const x = read("Patrols", "", "MUSCAT, May 4 - Oman's coast guard said on Monday it would add night patrols along its northern coast.", "", "Last week, Omani coast guards seized a dhow off Sohar carrying 2,000 cartons of cigarettes.");
    expect(x.events.find((e) => e.type === "other")?.location).toBe("Sohar");
  });

  it("does not take the place of a clause describing a person", () => {
    const x = read(
      "Drill",
      "",
      "OSLO - Navies of Norway and Poland began an exercise off the coast of Bergen on Monday.",
      "Admiral Lars Berg opened the drill with Admiral Piotr Nowak, who commands Polish naval forces in the Baltic Sea.",
    );
    expect(x.events.filter((e) => e.type === "other").map((e) => e.location)).not.toContain("Baltic Sea");
  });

  it("keeps the place of a clause that tells the event itself ('who met Y in Riga')", () => {
    const x = read("Talks", "", "TALLINN - Estonian Defence Minister Jaan Tamm, who met Latvian Defence Minister Ilze Berzina in Riga last Wednesday, said they would buy shells jointly.");
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("Riga");
  });

  it("does not take where someone operates for the venue of a vote", () => {
    const x = read("Vote", "", "BAGHDAD - Iraq's parliament on Tuesday approved a law that raises fees for oil companies operating in the Kurdistan region.");
    expect(x.events.find((e) => e.type === "other")?.location).not.toBe("Kurdistan region");
  });

  it("reads 'after the meeting' as the meeting already told, not another one", () => {
    const x = read(
      "Talks",
      "",
      "VALLETTA - Italian Navy chief Admiral Marco Rossi met Maltese army commander Brigadier Paul Vella in Valletta on Monday.",
      "\"We must act sooner,\" Vella told reporters after the meeting at the Floriana barracks.",
    );
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(1);
  });

  it("takes an exhibition or conference centre as the venue ('at the Lahore Expo Centre')", () => {
    const x = read("Deal", "", "LAHORE, March 9 (APP): Pakistan and Norway signed a contract on Tuesday for 12 patrol boats at the Lahore Expo Centre, on the first day of a defence show.");
    expect(x.events.find((e) => e.type === "agreement")?.location).toBe("Lahore Expo Centre");
    expect(x.locations.find((l) => l.name === "Lahore Expo Centre")?.kind).toBe("site");
  });
});
