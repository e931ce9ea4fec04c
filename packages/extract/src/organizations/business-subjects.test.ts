import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "MONTEVIDEO, May 2 (Reuters) - " + text });
const orgs = (text: string) => read(text).organizations.map((o) => o.name);

describe("English companies named bare beside what a company owns", () => {
  it("reads a name before shares and after shares in as a company", () => {
    const names = orgs("Altavera Nueva signed the contract with Arrowfield. Arrowfield shares fell 2% and shares in Altavera Nueva rose.");
    expect(names).toEqual(expect.arrayContaining(["Arrowfield", "Altavera Nueva"]));
  });

  it("reads a name whose possessive owns a chief executive as a company", () => {
    expect(orgs("Lucia Perez, Solandra's chief executive, told reporters the plant would open in 2029.")).toContain("Solandra");
  });

  it("gives the company the state of the story", () => {
    const x = read("Shares in Rio Celeste rose after the deal.");
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([["Rio Celeste", "UY"]]);
  });

  it("reads no company from a place, a day or a person's other possessions", () => {
    expect(orgs("Uruguay's shares of the market grew, Monday's stock trading was calm, and Perez's chief adviser resigned.")).toEqual([]);
  });
});
