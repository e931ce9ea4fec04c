import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const stateOf = (text: string, name: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons.find((p) => p.name === name)?.country;

describe("English states that are no clue to a person's own", () => {
  const said =
    "Ecuador and Peru agree river patrols\n\nQUITO, Ecuador (AP) — Ecuador and Peru agreed on Monday to patrol the river together.\n\n" +
    "Ecuadorian Defence Minister Rosa Llerena Paz signed the deal in Quito.\n\n" +
    'Former president Pablo Andrade Rivas said on the radio that the deal handed Peru "a veto over our river," while opposition senator Lucia Mena Ortiz called for a vote in Congress.';

  it("a state in what someone says is not the speaker's", () => {
    expect(stateOf(said, "Pablo Andrade Rivas")).toBe("EC");
  });

  it("nor that of someone named after the saying in the same sentence", () => {
    expect(stateOf(said, "Lucia Mena Ortiz")).toBe("EC");
  });

  it("a city in a colleague's office does not make an untitled officer the other side", () => {
    const text =
      "Turkish firm to build ship hulls in Karachi\n\nKARACHI (AP) — A Turkish firm will build ship hulls in Karachi, officials said on Monday.\n\n" +
      "The deal was signed by Rear Admiral Imran Saleem Butt, managing director of Karachi Shipyard, and Kerem Yilmaz Oz, general manager of Turkey's Aselsan, in the presence of Chief of Naval Staff Admiral Naveed Akhtar Malik.";
    expect(stateOf(text, "Naveed Akhtar Malik")).toBe("PK");
  });
});
