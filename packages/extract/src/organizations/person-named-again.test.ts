import { describe, expect, it } from "vitest";
import { namesPersonAgain } from "./person-named-again";

// Every name below is invented for these tests.

describe("a person named again by the family name alone", () => {
  const persons = [{ name: "ستيفان ميلوفيتش", aliases: [] }, { name: "Dragan Petrovski", aliases: ["Dragan Petrovski Jr"] }];

  it("is the person, not a body the tagger read", () => {
    expect(namesPersonAgain("ميلوفيتش", persons)).toBe(true);
    expect(namesPersonAgain("Petrovski", persons)).toBe(true);
  });

  it("is no person when the words are the whole name, a first name, or another word", () => {
    expect(namesPersonAgain("ستيفان ميلوفيتش", persons)).toBe(false);
    expect(namesPersonAgain("ستيفان", persons)).toBe(false);
    expect(namesPersonAgain("الأهلي", persons)).toBe(false);
  });
});
