import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const sitesOf = (text: string) => extractArticle({ text }).locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("an archaeological site named by موقع and الأثري", () => {
  it("reads the site with its adjective", () => {
    expect(sitesOf("زار الوفد موقع تل حسان الأثري صباح الاثنين.")).toContain("موقع تل حسان الأثري");
  });

  it("reads no site from a website", () => {
    expect(sitesOf("ونشرت الوزارة البيان على موقعها الرسمي وعلى موقع الوزارة الإلكتروني.")).toEqual([]);
  });
});
