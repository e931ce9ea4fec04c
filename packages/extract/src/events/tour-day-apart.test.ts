import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const story = [
  "THE HARBOUR LEDGER",
  "Thursday | March 11, 2027",
  "Valdoria and Norland sign fisheries pact as Brennick visits Port Ysolde",
  "PORT YSOLDE, Valdoria —",
  "Norland's Foreign Minister Aldous Brennick and Valdorian Foreign Minister Marisol Quenby signed a memorandum on fisheries patrols on Wednesday, after talks at the foreign ministry.",
  "Brennick, who arrived in Port Ysolde late on Monday, later called on Prime Minister Teodor Vasquel at Harrow Lodge, where the two men discussed trade and storms.",
  "On Tuesday, the foreign minister toured Fort Callow, headquarters of the Valdorian Defence Force, with the commanding officer of the coast guard, Commander Ilse Marrow, and watched a drill at the Saltmere base.",
];
const read = () => extractArticle({ text: story.join("\n\n"), fileName: "x.txt" }).events;

describe("English occasions on other days than the arrival", () => {
  it("dates talks told after a clause about the visitor's arrival ('X, who arrived … on Monday, later called on Y') by the occasion before, not the arrival", () => {
    const talks = read().find((e) => e.type === "meeting" && e.participants.includes("Teodor Vasquel"));
    expect(talks?.date).toBe("2027-03-10");
  });

  it("reads a site toured on its own day with its host ('On Tuesday … toured Fort X, …, with the commanding officer …, Commander Y') as a visit there, with the host", () => {
    const tour = read().find((e) => e.type === "visit" && e.participants.includes("Ilse Marrow"));
    expect(tour?.location).toBe("Fort Callow");
    expect(tour?.date).toBe("2027-03-09");
    expect(tour?.participants).toContain("Aldous Brennick");
  });

  it("keeps no visit of the arrival alone beside that tour", () => {
    expect(read().filter((e) => e.type === "visit").map((e) => e.location)).toEqual(["Fort Callow"]);
  });
});
