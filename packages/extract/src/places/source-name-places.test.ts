import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

const article = (byline: string) =>
  `Coast guards agree on joint patrols\n\n${byline}\n\nNAIROBI, 3 March 2027 - The coast guards of Kenya and Tanzania signed a memorandum on Tuesday to run joint patrols against smuggling, officials said.\n\nThe two services will share radar data from stations along the shore, the statement added.\n`;

describe("a place inside the outlet's name on the byline", () => {
  it("names the outlet, no place of the story", () => {
    const x = extractArticle({ text: article("By Amina Odhiambo, The Mombasa Herald") });
    expect(x.source).toBe("The Mombasa Herald");
    expect(x.locations.map((l) => l.name)).not.toContain("Mombasa");
    expect(x.locations.map((l) => l.name)).toContain("Nairobi");
  });

  it("stays a place where the story prints it", () => {
    const x = extractArticle({ text: article("By Amina Odhiambo, The Mombasa Herald").replace("the shore", "the shore near Mombasa") });
    expect(x.locations.map((l) => l.name)).toContain("Mombasa");
  });
});

describe("the outlet's name where the body prints it", () => {
  it("is no person, though its first words read as a name", () => {
    const x = extractArticle({ text: "Patrol ship joins Arctic watch\n\nBy Lars Holm, Polar Ledger Today\n\nNUUK — The patrol ship Skarv joined the Arctic watch on Monday, Admiral Jens Ravn told Polar Ledger Today after the ceremony in the harbour." });
    expect(x.source).toBe("Polar Ledger Today");
    expect(x.persons.map((p) => p.name)).toEqual(["Jens Ravn"]);
  });
});
