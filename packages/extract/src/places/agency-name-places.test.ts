import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).locations.map((l) => l.name);

describe("a place inside a news agency's name (places/agency-name-places.ts)", () => {
  it("names the agency, no place of the story", () => {
    expect(places("عنوان\nطنجة - صرح المدير لوكالة المغرب العربي للأنباء بأن الميناء يعمل بشكل عادي.")).not.toContain("المغرب العربي");
    expect(places("عنوان\nنقلت وكالة تونس أفريقيا للأنباء أن الوفد وصل إلى قابس.")).not.toContain("أفريقيا");
  });

  it("leaves the place printed elsewhere", () => {
    expect(places("عنوان\nبحث الوزراء مستقبل التكامل في المغرب العربي.")).toContain("المغرب العربي");
  });
});
