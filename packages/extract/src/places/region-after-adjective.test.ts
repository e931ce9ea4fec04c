import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const names = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a region after a lower-case word that is also a competition's", () => {
  it("keeps a region described as open, no title of a tournament", () => {
    expect(names("Minister speaks\n\nDefence Minister Aldo Kerrin said Norland would keep backing a free and open Indo-Pacific.")).toContain("Indo-Pacific");
  });

  it("still reads a capitalized competition word before a region as the title's scope", () => {
    expect(names("Tennis\n\nThe player Mara Lond won the Open Asia final on Sunday.")).not.toContain("Asia");
  });
});
