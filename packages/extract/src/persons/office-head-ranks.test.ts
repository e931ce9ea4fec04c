import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20", tagger: false });
const person = (text: string, name: string) => read(text).persons.find((p) => p.name === name);

describe("a bare Commander right before a name is the naval rank", () => {
  it("reads 'its head, Commander X' as the rank and the site's head as the office", () => {
    const p = person(
      "Rescue drill\nOSLO – The visitors toured the Coastal Command's rescue coordination centre, where its head, Commander Ola Nordmann, showed them the new radar.",
      "Ola Nordmann",
    );
    expect(p?.rank).toBe("Commander");
    expect(p?.role).toBe("head of the Coastal Command's rescue coordination centre");
  });

  it("reads a sentence opening with 'Commander X' as the rank", () => {
    const p = person("Harbour patrol\nCommander Per Lindqvist said the patrol boats would sail on Friday.", "Per Lindqvist");
    expect(p?.rank).toBe("Commander");
    expect(p?.role).toBeNull();
  });

  it("keeps Commander an office after a word of the office or before a rank", () => {
    const navy = person("Harbour patrol\nOn Monday, Navy Commander Per Lindqvist inspected the boats.", "Per Lindqvist");
    expect(navy?.rank).toBeNull();
    expect(navy?.role).toBe("Navy Commander");
    const army = person("Border visit\nOn Monday, Army Commander General Jonas Berg inspected the bridge.", "Jonas Berg");
    expect(army?.rank).toBe("General");
    expect(army?.role).toBe("Army Commander");
  });
});
