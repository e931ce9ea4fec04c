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

describe("English offices after a state's possessive and with a domain", () => {
  const read = (text: string) => extractArticle({ text, fileName: "t.txt" }).persons.map((p) => [p.name, p.rank, p.role, p.country]);

  it("reads 'Samoa's Minister for Home Affairs NAME' as one person with the whole office", () => {
    expect(read("Samoa's Minister for Home Affairs Tavita Lealaiauloto opened the new patrol base.")).toEqual([["Tavita Lealaiauloto", null, "Minister for Home Affairs", "WS"]]);
  });

  it("keeps a possessive state inside the body a title is 'of'", () => {
    expect(read("Captain Ilias Moraitis, head of Greece's Coast Guard Command, attended the talks.")).toEqual([
      ["Ilias Moraitis", "Captain", "head of Greece's Coast Guard Command", "GR"],
    ]);
  });

  it("reads 'chair' and 'chairwoman' in apposition as offices", () => {
    expect(read("Nana Kobakhidze, chairwoman of the committee, said the vote would come next week.").map((p) => p[0])).toEqual(["Nana Kobakhidze"]);
    expect(read("Irakli Lomidze, chair of the committee, said the vote would come next week.").map((p) => p[0])).toEqual(["Irakli Lomidze"]);
  });
});

describe("the body of an office after a state's possessive", () => {
  it("is an organization of the story, with the state that owns it", () => {
    const x = extractArticle({ text: "Captain Ilias Moraitis, head of Greece's Coast Guard Command, attended the talks in Athens." });
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([["Coast Guard Command", "GR"]]);
  });
});

describe("an English office whose field has two words after 'and'", () => {
  it("keeps the whole field in the role and gives the person the state before it", () => {
    const x = read("Kenya's Minister of Defence and Veterans Affairs, Amina Wekesa, met Uganda's Minister of Defence, Peter Okello, on Monday.");
    const amina = x.persons.find((p) => p.name === "Amina Wekesa");
    expect(amina?.role).toBe("Minister of Defence and Veterans Affairs");
    expect(amina?.country).toBe("KE");
  });
});

describe("an English office in apposition with a body's acronym", () => {
  it("keeps the acronym in the role ('…, the UPDF commander,')", () => {
    const p = read("Lt. Gen. Peter Okello, the UPDF commander, said patrol boats from both sides would share radio frequencies.").persons.find((x) => x.name === "Peter Okello");
    expect(p).toMatchObject({ rank: "Lt. Gen.", role: "UPDF commander" });
  });
});
