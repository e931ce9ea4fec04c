import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page. The villages are invented.

const locationsOf = (text: string) => extractArticle({ text, fileName: "t.txt" }).locations;
const placesOf = (text: string) => locationsOf(text).map((l) => l.name);

describe("English villages no list holds", () => {
  it("reads the name after Barangay as a village of the report's state", () => {
    const locs = locationsOf("Patrol clash\n\nMANILA, June 3 -- Soldiers exchanged fire with gunmen in Barangay Tamboril early on Tuesday, the Philippine army said.");
    const village = locs.find((l) => l.name === "Tamboril");
    expect(village?.country).toBe("PH");
  });

  it("reads a name before a lower-case town or village as the place", () => {
    const text = "Surrender\n\nMANILA, June 3 -- Five fighters surrendered to soldiers in Marowang town on Sunday, and two more gave up their rifles in Kalibo Dos village.";
    expect(placesOf(text)).toEqual(expect.arrayContaining(["Marowang", "Kalibo Dos"]));
  });

  it("reads a name before a listed province after a comma as a town there", () => {
    const locs = locationsOf("Clash\n\nNAIROBI, June 3 -- Troops clashed with gunmen near the hills of Tarikon, Sulu on Monday, the army said.");
    expect(locs.find((l) => l.name === "Tarikon")?.country).toBe("PH");
  });

  it("leaves a body of the town alone", () => {
    expect(placesOf("Vote\n\nLONDON, June 3 -- Members met in Harwood town council to discuss the budget.")).not.toContain("Harwood");
  });
});
