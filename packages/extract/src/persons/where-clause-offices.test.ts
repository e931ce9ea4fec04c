import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("an English office after 'its' in a clause opened by 'where'", () => {
  it("is held at the site the clause describes (the X border post, where its head, Y)", () => {
    const text = "Border post\n\nThe minister then visited the Kalembe border post, where its head, Inspector John Mwale, showed him the new scanner.";
    expect(person(text, "John Mwale")).toMatchObject({ rank: "Inspector", role: "head of the Kalembe border post" });
  });

  it("keeps 'where' out of the office", () => {
    const text = "Clinic\n\nThe delegation stopped at the Tarmo district clinic, where its director, Dr Ama Boateng, described the cholera ward.";
    expect(person(text, "Ama Boateng")?.role).not.toMatch(/where/u);
  });

  it("still reads a body named before when no site stands before 'where'", () => {
    const text = "Port visit\n\nThe minister then visited the Harbour Authority of Kalembe, where its head, Captain John Mwale, showed him the new cranes.";
    expect(person(text, "John Mwale")?.role).toBe("head of the Harbour Authority of Kalembe");
  });
});
