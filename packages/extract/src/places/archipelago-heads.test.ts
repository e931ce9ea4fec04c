import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a group of islands named after its head", () => {
  it("reads جزر X as a region the gazetteer does not list", () => {
    const x = extractArticle({ text: "حريق في سفينة\n\nقالت البحرية التونسية إن سفينة شحن اشتعلت فيها النيران على بعد 30 ميلا شرق جزر فرسان." });
    expect(x.locations.map((l) => l.name)).toContain("جزر فرسان");
  });
});
