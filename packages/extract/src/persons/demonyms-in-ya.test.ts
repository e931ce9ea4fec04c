import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const stateOf = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name)?.country;

describe("the nationality after an office, for a state whose name ends in ي", () => {
  // "البوروندي" is ال + بوروند + ي: the name's own ي is the ending, so the stem without it is listed too.
  it.each([
    ["البوروندي", "BI"],
    ["الزيمبابوي", "ZW"],
    ["الملاوية", "MW"],
    ["الهايتي", "HT"],
    ["الفيجي", "FJ"],
  ])("reads %s as the state of the office's holder, not the dateline's", (adjective, iso) => {
    const text = `زيارة رسمية\n\nنيروبي - وكالات\n\nوصل وزير الدفاع ${adjective} سامر خالد منصور أمس إلى نيروبي في زيارة تستمر يومين.`;
    expect(stateOf(text, "سامر خالد منصور")).toBe(iso);
  });
});
