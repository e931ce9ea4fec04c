import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("غير before a definite adjective", () => {
  it("negates the adjective inside the body's name", () => {
    expect(orgs("عنوان\nوقالت إدارة الرسوم والضرائب غير المباشرة إنها حجزت شحنة من السجائر.")).toContain("إدارة الرسوم والضرائب غير المباشرة");
  });
});
