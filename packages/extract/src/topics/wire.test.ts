import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text }).topics;

describe("topics in English wire vocabulary", () => {
  it("reads attacks on border posts, shared surveillance data and arms plants", () => {
    expect(topics("Attack on the frontier\nGunmen believed to be militants attacked a border post overnight and crossed back into the hills, police said.")).toEqual(
      expect.arrayContaining(["counter-terrorism", "border-security"]),
    );
    expect(topics("Navies agree\nThe two navies signed a memorandum on sharing radar and surveillance data on Monday.")).toContain("intelligence-sharing");
    expect(topics("Plant opens\nThe minister visited an ammunition plant that a private company is building in the north.")).toContain("defense-industry");
  });
});
