import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a sentence opened as a separate matter", () => {
  it("keeps its own place rather than the place of the happening told before", () => {
    const text = [
      "Patrol news",
      "",
      "JAKARTA, May 4 (ANTARA) - Two patrol boats of the Indonesian Navy arrived at Pelmora on Monday after a long passage across the strait.",
      "",
      "Separately, the coast guard said one of its cutters had detained a fishing vessel near Sandavik on Saturday for operating without a permit.",
    ].join("\n");
    const events = extractArticle({ text }).events;
    expect(events.map((e) => e.location)).toContain("Sandavik");
  });
});
