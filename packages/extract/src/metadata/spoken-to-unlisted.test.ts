import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

const head = "Farmers welcome cattle pact\n\nTuesday, 21 November 2028\n\nBy JOHN DOE\nStaff Writer\n\nGABORONE: Two neighbours yesterday signed a pact on stolen cattle. The visiting side was led by Brigadier General Tendai Moyo.\n\n";
const read = (text: string) => extractArticle({ text, fileName: "t.txt" }).source;

describe("an outlet spoken to under a name no list holds", () => {
  it("is the source when printed once, after 'Speaking to'", () => {
    expect(read(`${head}Speaking to Dikgang after the session, Moyo said the pact would help farmers.`)).toBe("Dikgang");
  });

  it("is no person of the story said again by the family name", () => {
    expect(read(`${head}Speaking to Moyo after the session, the minister said the pact would help farmers.`)).toBeNull();
  });

  it("is no place", () => {
    expect(read(`${head}Speaking to Gaborone after the session, the minister said the pact would help farmers.`)).toBeNull();
  });
});
