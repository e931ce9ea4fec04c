import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (body: string, name: string) => extractArticle({ text: `Road talks\n\nKAMPALA, June 3 - ${body}`, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("a state near an English name that belongs to another party", () => {
  it("is not his when a verb addressing that party stands before it ('who thanked Kenya')", () => {
    expect(person("President Yoweri Museveni, who thanked Kenya for its help, spoke in Gulu.", "Yoweri Museveni")).toMatchObject({ country: "UG" });
  });

  it("is not his when it opens another person's office ('and U.S. Deputy Secretary of Defense Y')", () => {
    const text = "Defence Minister Jane Mwangi and U.S. Deputy Secretary of Defense Mark Hollis signed the deal.";
    expect(person(text, "Jane Mwangi")).toMatchObject({ country: "UG" });
    expect(person(text, "Mark Hollis")).toMatchObject({ country: "US" });
  });
});
