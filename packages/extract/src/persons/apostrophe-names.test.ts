import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "News\n\n" + text }).persons.map((p) => p.name);

describe("a Latin name with an apostrophe", () => {
  it("keeps O'Brien-Tate whole after a rank, with the later bare mention", () => {
    expect(names("Gen. Marcus O'Brien-Tate, the head of the fleet, said on Monday that talks would resume. O'Brien-Tate added that more ships would come.")).toEqual([
      "Marcus O'Brien-Tate",
    ]);
  });

  it("keeps a name read backwards from its role whole", () => {
    expect(names("Lena D'Arcy, the mayor of the town, opened the bridge on Friday.")).toEqual(["Lena D'Arcy"]);
  });

  it("does not join a possessive 's to the word after it", () => {
    expect(names("Kevin Marsh's Office said nothing on Friday.")).not.toContain("Kevin Marsh's Office");
  });
});
