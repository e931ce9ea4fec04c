import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (body: string, name: string) => extractArticle({ text: `Budget vote\n\nNAIROBI, June 3 - ${body}`, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("an office given by ', who chairs the committee,' after the body was named", () => {
  it("is held in the body of that head named before, with its state", () => {
    const text = "The Kenyan Parliamentary Committee on Security approved the budget on Monday. Amina Chebet, who chairs the committee, said the vote was close.";
    expect(person(text, "Amina Chebet")).toMatchObject({ role: "chair of the Kenyan Parliamentary Committee on Security", country: "KE" });
  });

  it("gives no office when no body of that head was named ('who leads the drills')", () => {
    expect(person("The Kenyan navy began drills on Monday. Amina Chebet, who leads the drills, said they would end on Friday.", "Amina Chebet")?.role).toBeNull();
  });
});
