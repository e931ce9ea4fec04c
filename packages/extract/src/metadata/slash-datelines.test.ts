import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

describe("a dateline of slashes: place, correspondent, agency", () => {
  it("reads the correspondent as the author and the agency as the source", () => {
    const x = extractArticle({ text: "كينيا وتنزانيا تتفقان على دوريات\n\nنيروبي/ عبد الرحيم موسى علي/ الأناضول\n\nاتفقت كينيا وتنزانيا، الثلاثاء، على تسيير دوريات مشتركة." });
    expect(x.source).toBe("الأناضول");
    expect(x.author).toBe("عبد الرحيم موسى علي");
  });

  it("still reads a name and an agency alone", () => {
    const x = extractArticle({ text: "كينيا وتنزانيا تتفقان على دوريات\n\nسامي يوسف / الأناضول\n\nاتفقت كينيا وتنزانيا على تسيير دوريات مشتركة." });
    expect([x.source, x.author]).toEqual(["الأناضول", "سامي يوسف"]);
  });
});
