import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a given name after a king's or prince's title names the site", () => {
  it("a given name that also reads as a particle with a clitic (فيصل as ف + يصل) goes on the site's name", () => {
    const places = names("زيارة\n\nالرياض (وكالات) - قال القائد إن السفينة ستصل إلى قاعدة الملك فيصل البحرية في جدة خلال الصيف.");
    expect(places).toContain("قاعدة الملك فيصل البحرية");
    expect(places).toContain("جدة");
    expect(places).not.toContain("قاعدة الملك");
  });
});
