import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-09-18" }).events;

describe("a sentence opened by the occasion told before", () => {
  it("dates 'After the ceremony, X and Y signed …' by the day of the ceremony", () => {
    const x = events(
      "Museum opens in Porto",
      "PORTO, Portugal (Wire) — Portugal opened a maritime museum in the old harbour of Porto on Wednesday.",
      "After the ceremony, Culture Minister Inês Carvalho and Spain's Culture Minister Pablo Ortega signed a memorandum on shared exhibitions.",
    );
    expect(x.find((e) => e.type === "agreement")?.date).toBe("2027-09-15");
  });

  it("keeps a day the sentence prints of its own", () => {
    const x = events(
      "Museum opens in Porto",
      "PORTO, Portugal (Wire) — Portugal opened a maritime museum in the old harbour of Porto on Wednesday.",
      "After the ceremony, on Thursday, Culture Minister Inês Carvalho and Spain's Culture Minister Pablo Ortega signed a memorandum on shared exhibitions.",
    );
    expect(x.find((e) => e.type === "agreement")?.date).toBe("2027-09-16");
  });
});
