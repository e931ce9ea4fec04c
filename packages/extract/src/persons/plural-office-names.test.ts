import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt" }).persons.map((p) => [p.name, p.role, p.country]);

describe("an office in the plural before two names", () => {
  it("is each one's office in the singular, with the state after 'of' his own", () => {
    expect(read("Interior Ministers Anna Petrova of Bulgaria and Mihai Ionescu of Romania on Wednesday opened a joint centre.")).toEqual([
      ["Anna Petrova", "Interior Minister", "BG"],
      ["Mihai Ionescu", "Interior Minister", "RO"],
    ]);
  });

  it("reads the Arabic dual with its field, and 'the two states' out of each office", () => {
    const persons = read("بحث وزيرا خارجية البلدين خالد العمري وسامي الحداد العلاقات الثنائية.");
    expect(persons.map((p) => [p[0], p[1]])).toEqual([
      ["خالد العمري", "وزير الخارجية"],
      ["سامي الحداد", "وزير الخارجية"],
    ]);
  });

  it("anchors no one when no names follow it", () => {
    expect(read("Interior Ministers of the region met in Sofia on Wednesday.")).toEqual([]);
  });
});
