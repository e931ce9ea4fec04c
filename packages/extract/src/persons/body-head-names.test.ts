import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a capitalized run ending on a body's head word", () => {
  it("is no person, even after an office", () => {
    const x = extractArticle({
      text: "Rice prices\n\nThe Chief Executive of the Kenya Rice Board, Dr Peter Otieno Wambua, said the board expected a larger harvest this season.",
    });
    const names = x.persons.map((p) => p.name);
    expect(names).not.toContain("Rice Board");
    expect(names).toContain("Peter Otieno Wambua");
  });
});
