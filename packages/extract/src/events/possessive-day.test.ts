import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-06-15" }).events;

describe("a happening named with a day in the possessive", () => {
  it("dates 'briefed them on last Friday's attack' by that Friday, with none of the visitors", () => {
    const x = events(
      "Minister at the border",
      "On Tuesday, Interior Minister Peter Otieno visited the Moyale police station, where the station commander, Inspector Ruth Achieng, briefed him on last Friday's attack on a patrol near the town.",
    );
    const attack = x.find((e) => e.type === "other");
    expect(attack?.date).toBe("2027-06-11");
    expect(attack?.participants).toEqual([]);
    expect(x.find((e) => e.type === "visit")?.date).toBe("2027-06-15");
  });

  it("places the attack where the words after its noun say, not at the station visited", () => {
    const x = events(
      "Minister at the border",
      "On Tuesday, Interior Minister Peter Otieno visited the Moyale police station, where the station commander, Inspector Ruth Achieng, briefed him on last Friday's attack, in which a roadside bomb hit a patrol truck on the Moyale–Sololo road.",
    );
    expect(x.find((e) => e.type === "other")?.location).toBe("Moyale–Sololo road");
    expect(x.find((e) => e.type === "visit")?.location).toBe("Moyale police station");
  });

  it("dates 'Sunday's blast' by that Sunday", () => {
    const x = events("Blast", "Police said on Tuesday that Sunday's blast at the market in Garissa killed three people.");
    expect(x.find((e) => e.type === "other")?.date).toBe("2027-06-13");
  });
});
