import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.
const locs = (text: string) => extractArticle({ text }).locations.map((l) => [l.name, l.country]);

describe("a river that runs within one state takes that state (lexicon/regions.json)", () => {
  it("gives an English river of one state its state", () => {
    const x = locs("Fish die in river\n\nLUSAKA, May 4, 2027 (ZANIS) - Dead fish were found along the Luangwa River on Monday, officials said.");
    expect(x).toContainEqual(["Luangwa River", "ZM"]);
  });

  it("gives an Arabic river of one state its state", () => {
    const x = locs("ارتفاع منسوب النهر\n\nالخرطوم 5 مايو 2027 (سونا) - ارتفع منسوب نهر الرهد وغمرت المياه مزارع قريبة.");
    expect(x).toContainEqual(["نهر الرهد", "SD"]);
  });

  it("lists a border river with no state, also written with a lower-case 'river'", () => {
    const x = locs("Fishermen stay home\n\nDHAKA, May 4, 2027 (BSS) - Fishermen on the Naf river stayed home on Monday.");
    expect(x).toContainEqual(["Naf river", null]);
  });
});
