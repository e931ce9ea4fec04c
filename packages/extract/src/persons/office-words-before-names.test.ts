import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const persons = (body: string) =>
  extractArticle({ text: "Talks in Kingston\n\n" + body }).persons.map((p) => ({ name: p.name, role: p.role, country: p.country }));

describe("English offices set off before a name", () => {
  it("reads a deputy's two-word diplomatic head after a nationality", () => {
    expect(persons("Also present was the British deputy high commissioner in Kingston, Helen Marsh.")).toContainEqual({
      name: "Helen Marsh",
      role: "British deputy high commissioner in Kingston",
      country: "GB",
    });
  });

  it("goes on past a hyphenated head to its field", () => {
    expect(persons("The talks were attended by the ministry's director-general for defence policy, Anna Berg.").map((p) => [p.name, p.role])).toContainEqual([
      "Anna Berg",
      "director-general for defence policy",
    ]);
  });

  it("reads a manager and a nurse in charge as offices, a place word closing the name", () => {
    expect(persons("She toured the airport cargo terminal with its manager, Anna Bathsheba, on Friday.").map((p) => p.name)).toContain("Anna Bathsheba");
    expect(persons("He visited the clinic at Mongu, where its nurse in charge, Anna Kalabo, showed him a fridge.").map((p) => p.name)).toContain("Anna Kalabo");
  });
});

describe("a two-word family name said again with a bare title", () => {
  it("is the same person, not a new one", () => {
    const x = persons('Trade Minister Maria Delgado Reyes met her guest on Monday. "We are ready," Senator Delgado Reyes told reporters after the meeting.');
    expect(x.map((p) => p.name)).toEqual(["Maria Delgado Reyes"]);
    expect(x[0]!.role).toBe("Trade Minister");
  });
});
