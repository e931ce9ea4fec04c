import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a person's later name word said again where a person stands is no town", () => {
  it("English: the family name before a verb of saying", () => {
    const places = names("Border talks\n\nHARARE, May 3 (Reuters) - Deputy Minister Tendai Moyo led the delegation to the talks in Harare. After the session, Moyo said patrols would double.");
    expect(places).not.toContain("Moyo");
    expect(places).toContain("Harare");
  });

  it("Arabic: the family name after a rank or after the verb that opens the sentence", () => {
    const places = names("لجنة حدودية\n\nالجزائر (وكالات) - ترأس والي الطارف، عبد الحكيم بوسعادة، اجتماع اللجنة في عنابة. وأكد بوسعادة أن التنسيق مستمر.");
    expect(places).not.toContain("بوسعادة");
  });

  it("a town after a preposition stays the town, whoever bears its name", () => {
    const places = names("Patrols\n\nMALABO, May 3 - Captain Pedro Luba Nguema commands the naval base at Luba, officials said.");
    expect(places).toContain("Luba");
  });

  it("English: a family name closed by the capitalized noun of a harbour or a port names that site", () => {
    const places = names("Coast radar\n\nTORVALE, May 3 (Reuters) - A radar station will stand above Telmouth Harbour. On Tuesday the minister toured the base with the army chief, Colonel Marvin Telmouth.");
    expect(places).toContain("Telmouth Harbour");
    expect(places).not.toContain("Telmouth");
  });
});
