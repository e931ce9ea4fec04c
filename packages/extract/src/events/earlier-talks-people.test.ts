import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (text: string) => extractArticle({ text, publishedHint: "2027-05-20" });

describe("earlier talks told after 'came … after'", () => {
  it("keeps the people its clause names ('The seizure came a week after X met Y')", () => {
    const x = read(
      "Guns seized\n\nPORT MORESBY, May 20, 2027 (AFP) - Coast guard officers seized a canoe loaded with rifles off Daru on Sunday.\n\nThe seizure came a week after Defence Minister Tomas Kalua met Indonesia's ambassador, Arief Wirawan, to discuss border patrols.",
    );
    const talks = x.events.filter((e) => e.type === "meeting");
    expect(talks).toHaveLength(1);
    expect(talks[0]!.participants).toContain("Tomas Kalua");
  });

  it("leaves the sentence's own occasion to those named before the clause", () => {
    const x = read(
      "Patrol deal\n\nLAE, May 20, 2027 (AFP) - The navy began river patrols near Vanimo on Monday.\n\nThe patrols began two days after Police Commissioner Ruben Aisa met Defence Minister Tomas Kalua in Lae.",
    );
    for (const e of x.events.filter((v) => v.type === "other")) expect(e.participants).not.toContain("Tomas Kalua");
  });
});
