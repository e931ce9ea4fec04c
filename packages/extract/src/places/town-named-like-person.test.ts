import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const places = (x: ReturnType<typeof read>) => x.locations.map((l) => [l.name, l.country]);
const people = (x: ReturnType<typeof read>) => x.persons.map((p) => p.name);

describe("towns that share a name with a person of the story", () => {
  it("reads the dateline's city as a town though an officer bears its name", () => {
    const x = read(
      "Ministers sign pact",
      "",
      "KORVALA, Argentina (AFP) – Argentina's security minister signed a pact with her neighbour on Thursday.",
      "",
      "On Wednesday she toured the border post, where its chief, Prefect Major Luis Korvala, showed her two boats.",
    );
    expect(places(x)).toContainEqual(["Korvala", "AR"]);
    expect(people(x)).toContain("Luis Korvala");
  });

  it("reads the town after a base and 'at' though a commander bears its name inside his", () => {
    const x = read(
      "Admiral visits base",
      "",
      "The admiral on Monday visited the naval base at Tembari, on the island's west coast, where its commander, Commander Pedro Tembari Nsue, showed him new boats.",
    );
    expect(places(x).map((p) => p[0])).toContain("Tembari");
    expect(people(x)).toContain("Pedro Tembari Nsue");
  });

  it("keeps a bare family name after a verb of saying a person", () => {
    const x = read("Talks", "", "Prefect Major Luis Korvala met the minister on Monday.", "", "\"We are ready,\" said Korvala.");
    expect(places(x).map((p) => p[0])).not.toContain("Korvala");
  });
});
