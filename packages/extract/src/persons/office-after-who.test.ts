import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (body: string) => extractArticle({ text: "Test report\n\n" + body + "\n", fileName: "t.txt", publishedHint: "2026-04-20" });

describe("an office given by a relative clause after a name", () => {
  it("reads ', who heads STATE's body,' as the head of that body, of that state", () => {
    const p = read("Rear Admiral Marco Bellini, who heads Italy's coast guard, held talks in Valletta.").persons[0];
    expect([p?.name, p?.role, p?.country]).toEqual(["Marco Bellini", "head of Italy's coast guard", "IT"]);
  });

  it("reads ', who commands the …,' as the commander of that body", () => {
    const x = read("Talks were held with Colonel Ana Pavic, who commands the Adriatic Coastal Brigade, on Monday.");
    expect(x.persons.find((p) => p.name === "Ana Pavic")?.role).toBe("commander of the Adriatic Coastal Brigade");
  });

  it("gives no office when the clause names no body ('who leads the drills')", () => {
    expect(read("Colonel Ada Nwosu, who leads the drills, said they would end on Friday.").persons[0]?.role).toBeNull();
  });
});
