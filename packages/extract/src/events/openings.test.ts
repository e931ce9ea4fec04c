import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-09-18" }).events;
const kinds = (...lines: string[]) => events(...lines).map((e) => e.type);

describe("openings and parades", () => {
  it("reads 'cut the ribbon at' a new hall as a happening of its own", () => {
    expect(kinds("New library", "Education Minister Rosa Almeida cut the ribbon at the new municipal library in Braga on Friday, in the presence of the mayor.")).toEqual(["other"]);
  });

  it("reads 'opened a museum' as a happening and 'opened a new chapter' as none", () => {
    expect(kinds("Museum", "Portugal opened a maritime museum in Porto on Wednesday.")).toEqual(["other"]);
    expect(kinds("Ties", "The two sides opened a new chapter in their ties on Wednesday, officials said.")).toEqual([]);
  });

  it("keeps an opening and a parade with nobody named apart", () => {
    const x = events(
      "Festival week",
      "Portugal opened a maritime museum in Porto on Wednesday.",
      "The fado festival began on Friday with a parade through the streets of Lisbon.",
    );
    expect(x.filter((e) => e.type === "other").map((e) => e.date)).toEqual(["2027-09-15", "2027-09-17"]);
  });
});

describe("an opening told after the building", () => {
  it("reads 'a clinic … opened in X on Tuesday' as an opening, and 'the board opened talks' as none", () => {
    const x = events("Care closer to home", "A maternity clinic for the northern villages opened in Varnel on Tuesday.");
    expect(x.map((e) => [e.type, e.date])).toEqual([["other", "2027-09-14"]]);
    expect(kinds("Union talks", "The city hospital board opened talks with the nurses' union on Tuesday.")).toEqual([]);
  });

  it("joins the lead with nobody named to the next sentence naming its doers with only their state", () => {
    const x = events(
      "Grain terminal opens",
      "SOTARA, Norland — A grain terminal opened on Thursday outside Sotara, the first of its kind in the province.",
      "Transport Minister Ilse Varga cut the ribbon together with the head of the Nordic Investment Bank's office in Norland, Pavel Lind.",
    );
    const others = x.filter((e) => e.type === "other");
    expect(others.map((e) => [e.participants.length > 0, e.date])).toEqual([[true, "2027-09-16"]]);
  });
});
