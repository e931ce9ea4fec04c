import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-05" });

describe("an occasion named again by a weekday's possessive", () => {
  it("adds 'Thursday's meeting' to the talks told before, no second meeting", () => {
    const x = read(
      "Ministers meet",
      "",
      "Defence Minister Aldo Kerrin flew to Orrin on Friday, a day after he held talks with his counterpart Lida Harrow in Velden.",
      "",
      "In Thursday's meeting at the Ministry of Defence, Kerrin and Harrow agreed to speed up talks on a radar deal.",
    );
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(1);
  });
});
