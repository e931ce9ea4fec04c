import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const persons = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).persons.map((p) => [p.name, p.role, p.country]);

describe("an office set off by a comma before a nationality and a name", () => {
  it("gives the office to the name after the nationality, with the nationality's state", () => {
    expect(persons("البعثة تتابع الوضع", "نيويورك - وقال رئيس البعثة، الكيني جون أوتينو، إن الوضع في الإقليم هادئ.")).toEqual([["جون أوتينو", "رئيس البعثة", "KE"]]);
  });

  it("keeps an international officer stateless though the nationality is printed", () => {
    expect(persons("ترحيب أممي بالاتفاق", "نيويورك - رحبت رئيسة البعثة الأممية، الكندية سوزان مارتان، بالاتفاق.")).toEqual([["سوزان مارتان", "رئيسة البعثة الأممية", null]]);
  });
});
