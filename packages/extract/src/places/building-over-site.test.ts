import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("the seat of a command named by a site", () => {
  it("runs on through the site's name, and the site stays a place of its own", () => {
    const places = read("لقاء\n\nالقاهرة - التقى رئيس الأركان نظيره أمس في مقر قيادة قاعدة ميراندا البحرية، ثم تفقد السفن.");
    expect(places).toEqual(expect.arrayContaining(["مقر قيادة قاعدة ميراندا البحرية", "قاعدة ميراندا البحرية"]));
    expect(places).not.toContain("مقر قيادة قاعدة");
  });
});
