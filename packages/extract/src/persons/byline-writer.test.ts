import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a byline's writer", () => {
  it("is no person of the story though the agency's name is said again in the body", () => {
    const text =
      "Floods close border road\nBy PETER OTIENO Associated Press\nUpdated 9:10 AM UTC, May 2, 2027\n\nKAMPALA, Uganda (AP) — Floods closed the road to Gulu on Monday, police spokesman Fred Enanga said.\n\nAssociated Press writer Tom Odula contributed to this report.";
    const x = extractArticle({ text, fileName: "t.txt" });
    expect(x.author).toMatch(/^PETER OTIENO/);
    expect(x.persons.map((p) => p.name)).toEqual(["Fred Enanga"]);
  });
});

describe("an office opening the line after a byline", () => {
  it("is the title of the name after it, not the writer's", () => {
    const text =
      "Dam adds power to the grid\n\nBy JANE MUTUA\n\nPresident Peter Kamau Oduor on Friday opened the Kinda hydro plant near Embu, adding 40 megawatts.";
    const x = extractArticle({ text, fileName: "t.txt" });
    expect(x.persons.map((p) => [p.name, p.role])).toEqual([["Peter Kamau Oduor", "President"]]);
  });
});

describe("a writer's credit line over the lead", () => {
  it("lends no words to the office opening the next line", () => {
    const text = "Solar farm opens in the north\n\nHarbour Times Reporter\n\nPresident Peter Kamau Oduor on Friday opened a solar farm near Embu.";
    const x = extractArticle({ text, fileName: "t.txt" });
    expect(x.persons.map((p) => [p.name, p.role])).toEqual([["Peter Kamau Oduor", "President"]]);
  });
});
