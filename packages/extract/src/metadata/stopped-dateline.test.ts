import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

describe("a dateline 'PLACE - AGENCY.' opening the body", () => {
  it("reads the listed agency closed by a full stop as the source, and no organization of the story", () => {
    const x = extractArticle({ text: "تدريبات مشتركة على الحدود\n\nبيشكيك - سبوتنيك. أجرت وحدات من حرس الحدود تدريبات مشتركة قرب الحدود الجنوبية.\n" });
    expect(x.source).toBe("سبوتنيك");
    expect(x.organizations.map((o) => o.name)).not.toContain("سبوتنيك");
  });
});
