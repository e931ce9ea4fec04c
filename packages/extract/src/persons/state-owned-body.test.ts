import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const person = (x: ReturnType<typeof read>, name: string) => x.persons.find((p) => p.name === name);

describe("an English officer's state from the body he serves", () => {
  it("gives the commander of a body named with a state in the possessive that state, not the dateline's", () => {
    const x = read(
      "Rescue pact signed",
      "",
      "NUUK – Norway's Northern Sea Command and the Greenland police signed an agreement in Nuuk on Monday.",
      "The agreement was signed at the Northern Sea Command headquarters by its commander, Rear Admiral Arne Solvik, after talks.",
    );
    expect(person(x, "Arne Solvik")?.country).toBe("NO");
  });

  it("reads 'Icelandic' as Iceland's nationality in a body's name", () => {
    const x = read("Pact signed", "", "NUUK – The pact was signed by the Director General of the Icelandic Maritime Authority, Sigrun Olafsdottir, on Monday.");
    expect(person(x, "Sigrun Olafsdottir")?.country).toBe("IS");
  });

  it("keeps Lieutenant Commander as a rank, not a role", () => {
    const x = read("Crew rescued", "", "The ship's commanding officer, Lieutenant Commander Anders Holm, said the crew had been picked up within hours.");
    expect(person(x, "Anders Holm")?.rank).toBe("Lieutenant Commander");
    expect(person(x, "Anders Holm")?.role).not.toBe("Lieutenant Commander");
  });

  it("reads a ship named after its navy's prefix (HDMS, HNoMS) as no body", () => {
    const x = read("Crew rescued", "", "The Danish inspection ship HDMS Ole Sorensen and a Norwegian patrol vessel lifted twelve crew members from the burning trawler on Thursday.");
    expect(x.organizations.map((o) => o.name)).not.toContain("HDMS Ole Sorensen");
  });

  it("gives the head of a site of the body said again in short form the body's state", () => {
    const x = read(
      "Rescue pact signed",
      "",
      "NUUK – Norway's Joint Northern Sea Command and the Greenland police signed an agreement in Nuuk on Monday.",
      "On Sunday, the visitors toured the Northern Sea Command's rescue coordination centre, where its head, Commander Kari Dahl, showed them the radar.",
    );
    expect(person(x, "Kari Dahl")?.country).toBe("NO");
    expect(person(x, "Kari Dahl")?.role).toBe("head of the Northern Sea Command's rescue coordination centre");
  });

  it("gives the ship's commanding officer the ship and its nationality", () => {
    const x = read(
      "Crew rescued",
      "",
      "NUUK – The Danish inspection ship HDMS Ole Sorensen and a helicopter lifted twelve crew members from the burning trawler Polar Dawn on Thursday. The ship's commanding officer, Lieutenant Commander Anders Holm, said the crew was safe.",
    );
    expect(person(x, "Anders Holm")?.role).toBe("commanding officer of HDMS Ole Sorensen");
    expect(person(x, "Anders Holm")?.country).toBe("DK");
  });
});
