import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgNames = (text: string) => extractArticle({ text: "Port news\n\n" + text }).organizations.map((o) => o.name);

describe("an English firm an office is held of", () => {
  it.each([
    ["a trade word", "The chairman of Koskinen Marine Construction, Mr. Peeter Kask, opened the new quay on Tuesday.", "Koskinen Marine Construction"],
    ["a company head", "The managing director of Riga Baltic Logistics, Ms. Anna Ozola, signed the lease on Tuesday.", "Riga Baltic Logistics"],
  ])("is an organization of the story, named by %s", (_kind, sentence, firm) => {
    expect(orgNames(sentence)).toContain(firm);
  });
});
