import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons;

describe("English names opened by an initial or carrying a run of particles", () => {
  it("ends an office's field no list knows before a name opened by an initial", () => {
    const found = persons("Grain terminal opens\n\nMinister of Coal and Railway Development T. Batbold opened the terminal on Monday.");
    expect(found.find((p) => p.name === "T. Batbold")?.role).toBe("Minister of Coal and Railway Development");
  });

  it("reads a name's particles in a row (van der) up to the family name", () => {
    const found = persons("Loan approved\n\nThe fund's country director, Jan van der Berg, said the loan was approved on Friday.");
    expect(found.find((p) => p.name === "Jan van der Berg")?.role).toBe("country director");
  });
});
