import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.
const locs = (text: string) => extractArticle({ text }).locations.map((l) => [l.name, l.country]);

describe("a federal state named with a capitalized 'State'", () => {
  it("keeps the head of a listed state or town and takes its state", () => {
    const x = locs("Floods in the north\n\nLAGOS, May 4, 2027 (NAN) - Floods hit villages in Kano State on Monday, while refugees fled Myanmar's Kachin State.");
    expect(x).toContainEqual(["Kano State", "NG"]);
    expect(x).toContainEqual(["Kachin State", "MM"]);
    expect(x.map((l) => l[0])).not.toContain("Kachin");
  });

  it("reads an unlisted name before 'State' as a region of the story's state", () => {
    const x = locs("Clashes in the north\n\nJUBA, May 4, 2027 (SSNA) - Clashes were reported in Warrap State and in Lakes State on Monday.");
    expect(x).toContainEqual(["Warrap State", "SS"]);
    expect(x).toContainEqual(["Lakes State", "SS"]);
  });

  it("reads no place in 'Islamic State', a 'Member State' or 'Ohio State University'", () => {
    const x = locs("Talks on security\n\nNAIROBI, May 4, 2027 (KNA) - Officials said Islamic State fighters attacked, and each Member State sent experts, while Ohio State University hosted the talks. The Secretary of State arrived later.");
    expect(x.map((l) => l[0]).filter((n) => String(n).includes("State"))).toEqual([]);
  });
});
