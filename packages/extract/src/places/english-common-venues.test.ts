import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const sites = (x: ReturnType<typeof read>) => x.locations.filter((l) => l.kind === "site").map((l) => l.name);
const placeOf = (x: ReturnType<typeof read>, type: string) => x.events.find((e) => e.type === type)?.location;

describe("English venues named by common words", () => {
  it("reads a building tied to a crossing by 'of the' as the meeting's site", () => {
    const x = read("Ministers meet at border", "", "KORVAN, May 3 - Interior Minister Aldo Ferrant and his counterpart Boris Lemaitre held talks on Tuesday at the customs building of the Velmar border crossing.");
    expect(sites(x)).toEqual(expect.arrayContaining(["customs building of the Velmar border crossing", "Velmar border crossing"]));
    expect(placeOf(x, "meeting")).toBe("customs building of the Velmar border crossing");
  });

  it("reads a building tied to its town by 'in' with the town in its name", () => {
    const x = read("Talks held", "", "Defence Minister Aldo Ferrant met Interior Minister Boris Lemaitre on Thursday at the district administration building in Lethem.");
    expect(sites(x)).toContain("district administration building in Lethem");
  });

  it("reads a unit's headquarters whose name opens with its number", () => {
    const x = read("Minister visits troops", "", "On Wednesday, Defence Minister Aldo Ferrant visited the headquarters of the 4th Mountain Brigade in Boa Vista.");
    expect(sites(x)).toContain("headquarters of the 4th Mountain Brigade");
  });

  it("reads a centre held by a body in the possessive without the owner", () => {
    const x = read("Delegation tours centre", "", "On Sunday, the delegation visited the Coast Command's maritime surveillance centre, where officers showed them a new radar.");
    expect(sites(x)).toContain("maritime surveillance centre");
  });

  it("places a visit at the site a body owns, not at a place that opens the body's name", () => {
    const x = read(
      "Delegation tours centre",
      "",
      "NUUK, June 12 – Icelandic Justice Minister Anna Jonsdottir visited the Arctic Sea Command's maritime surveillance centre on Sunday, where officers showed her a new radar system.",
    );
    expect(placeOf(x, "visit")).toBe("maritime surveillance centre");
  });

  it("places a visit at a described building toured, the words that describe it standing between verb and name", () => {
    const x = read("Ministers tour crossing", "", "KORVAN, May 3 - Interior Minister Aldo Ferrant and his counterpart Boris Lemaitre later toured the newly built Harbor House terminal, where officials briefed them on the new scanners.");
    expect(placeOf(x, "visit")).toBe("Harbor House terminal");
  });

  it("reads a body's headquarters named before the lower-case noun as a site, keeping the body", () => {
    const x = read("Pact signed", "", "The agreement was signed at the Joint Coast Command headquarters in Nuuk by its commander.");
    expect(sites(x)).toContain("Joint Coast Command headquarters");
  });

  it("reads a described building named in capitals before its noun, and a State House", () => {
    const x = read("Envoy visits", "", "The ministers later toured the newly built Harbor House terminal. On Tuesday, the envoy paid a courtesy call on the president at the State House in Bairiki.");
    expect(sites(x)).toEqual(expect.arrayContaining(["Harbor House terminal", "State House"]));
    expect(x.organizations.map((o) => o.name)).not.toContain("State House");
  });

  it("names no site by a bare common noun, a base named by its town or a chamber of parliament", () => {
    const x = read("Pact signed", "", "The ministers met at the building on Monday, signed the pact at the naval base in Velden and spoke in the Lower House.");
    expect(sites(x)).toEqual([]);
  });
});

const readWithDateline = (dateline: string, body: string) => extractArticle({ text: `Talks on the coast\n\n${dateline} —\n\n${body}`, fileName: "en-x.txt" });
const placesOf = (dateline: string, body: string) => readWithDateline(dateline, body).locations.map((l) => [l.name, l.kind, l.country]);

describe("a building named by two lower-case words of what it houses is a venue of its own", () => {
  it("met at the provincial administration building", () => {
    expect(placesOf("LUSAKA, Zambia", "Zambian Health Minister Mara Tembo and Irish minister Aidan Quell met at the provincial administration building on Tuesday afternoon.")).toContainEqual(["provincial administration building", "site", "ZM"]);
  });
});
