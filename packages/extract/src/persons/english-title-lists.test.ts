import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const persons = (text: string) => extractArticle({ text: "News\n\n" + text }).persons.map((p) => [p.name, p.role]);

describe("English titles listed with 'and'", () => {
  it("gives the title before the second name to the second person, not to the first", () => {
    expect(persons("The deal was signed by Defense Minister Ana Ruiz and Interior Minister Tomas Lenz on Friday.")).toEqual([
      ["Ana Ruiz", "Defense Minister"],
      ["Tomas Lenz", "Interior Minister"],
    ]);
  });

  it("still joins a title after a comma and 'and' to the name before it", () => {
    expect(persons("Tomas Lenz, the interior minister and deputy prime minister, said the talks went well.")[0]![0]).toBe("Tomas Lenz");
  });
});

describe("English names set off by commas, with no title before them", () => {
  it("reads a name before ', who' and a name between commas before a verb of saying", () => {
    expect(persons("Marta Kovac, who chairs the committee, said the vote was close.").map((p) => p[0])).toEqual(["Marta Kovac"]);
    expect(persons("The firm will refit the pier, the company's chief executive, Selam Tadesse, told reporters.").map((p) => p[0])).toEqual(["Selam Tadesse"]);
  });

  it("reads no person from places set off by commas", () => {
    expect(persons("In Kuala Lumpur, Malaysia, who knows what comes next.")).toEqual([]);
  });
});
