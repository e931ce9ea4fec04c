import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a word of a state's style in an English body's name", () => {
  it("keeps Republic before the head", () => {
    expect(orgs("Police seize ivory\nHARARE, Nov 3 - Officers said a joint operation by the Zambia Republic Police and the army stopped a lorry near the border on Thursday.")).toContain("Zambia Republic Police");
  });
});
