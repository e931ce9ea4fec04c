import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}/${l.kind}`);

describe("the adjective 'historic' after a site's name", () => {
  it("praises the site and is no word of its name", () => {
    const places = read("مهرجان\n\nبخارى - افتتح المحافظ المهرجان في ساحة غورمان التاريخية، ثم تجول في قصر الريان التاريخي.");
    expect(places).toEqual(expect.arrayContaining(["ساحة غورمان/site", "قصر الريان/site"]));
    expect(places.some((p) => p.includes("التاريخي"))).toBe(false);
  });
});
