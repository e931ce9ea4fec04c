import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: ["Story", "", ...lines].join("\n\n"), publishedHint: "2027-05-20" });

describe("the source a report is cited to", () => {
  it("takes no part in the happening it tells of", () => {
    const x = read(
      "Malian and Nigerien troops on Friday repelled an attack by gunmen on a village near Menaka, killing five of them, the army said.",
      "The attack took place before dawn, a spokesman for the army in the region, Moussa Traore, told reporters on Saturday.",
      "According to Traore, the gunmen withdrew towards the forest after an exchange of fire with soldiers and the Nigerien contingent deployed in the region.",
    ).events.filter((e) => e.type === "other");
    expect(x).toHaveLength(1);
    expect(x[0]!.participants).toEqual([]);
  });
});
