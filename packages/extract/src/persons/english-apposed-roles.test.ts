import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (body: string) => extractArticle({ text: "Test report\n\n" + body + "\n", fileName: "t.txt", publishedHint: "2026-04-20" });

describe("an English office in apposition names the body it is of or at", () => {
  it("reads the office through the body's name after 'of the'", () => {
    const x = read("The contract was presented to Rashid Omar Al Nuaimi, director general of the Gulf Naval Supply Authority, on Monday.");
    expect(x.persons.find((p) => p.name === "Rashid Omar Al Nuaimi")?.role).toBe("director general of the Gulf Naval Supply Authority");
  });

  it("reads the office through a hyphenated name after 'at the', and the body stays an organization", () => {
    const x = read("Petra Novak, an analyst at the Prague-based Institute for Security Policy, said the deal would last.");
    expect(x.persons.find((p) => p.name === "Petra Novak")?.role).toBe("analyst at the Prague-based Institute for Security Policy");
  });

  it("keeps the university an analyst works at among the organizations", () => {
    const x = read("Maria Lopez, a security analyst at the University of Lisbon, said the radar deal mattered more.");
    expect(x.organizations.map((o) => o.name).join(" | ")).toContain("University of Lisbon");
  });
});
