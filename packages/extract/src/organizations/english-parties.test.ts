import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "News\n\n" + text });

describe("English parties named before the word party", () => {
  it("reads the capitalized words before a lower-case party as its name, a nationality opening it included", () => {
    const x = read("Lena Varga, a deputy from the ruling Hungarian Spring party, said the frigates would be ordered in May.");
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([["Hungarian Spring", "HU"]]);
  });

  it("reads a party of two capitalized words after a lower-case word saying which party it is", () => {
    const x = read("The plan was opposed by the opposition Green Harbour party and the trade unions on Friday.");
    expect(x.organizations.map((o) => o.name)).toEqual(["Green Harbour"]);
  });

  it("reads no party from a nationality alone nor from a capitalized word opening the sentence", () => {
    const x = read("The Slovak party leaders met in Bratislava. Party members voted on Tuesday.");
    expect(x.organizations).toEqual([]);
  });
});
