import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).locations.map((l) => l.name);

describe("an Arabic place the sentence describes with 'where'", () => {
  it("reads the word after في before '، حيث' as a town no list holds", () => {
    expect(places("وزار الوفد أمس المعهد البحري في الرميلة، حيث اطلع على برامج التدريب.")).toContain("الرميلة");
  });

  it("reads no place from a word of a list there", () => {
    expect(places("وزار الوفد أمس المعهد البحري في المنطقة، حيث اطلع على برامج التدريب.")).not.toContain("المنطقة");
  });
});
