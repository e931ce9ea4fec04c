import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => [l.name, l.kind, l.country]);

describe("the main island of a state of islands", () => {
  it("reads it as a region of its state in Arabic", () => {
    const places = placesOf("جولة\n\nكاستريس - وكالات\n\nتوجهت السفينة بعد ذلك إلى سانت فنسنت في جولتها الإقليمية.");
    expect(places).toContainEqual(["سانت فنسنت", "region", "VC"]);
  });

  it("keeps the state's whole name the state", () => {
    const places = placesOf("جولة\n\nكاستريس - وكالات\n\nتوجهت السفينة بعد ذلك إلى سانت فنسنت وجزر غرينادين في جولتها الإقليمية.");
    expect(places).toContainEqual(["سانت فنسنت وجزر غرينادين", "country", "VC"]);
  });
});
