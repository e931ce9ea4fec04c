import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";
import { inNewsAgencyName } from "./agency-name-places";

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

describe("inNewsAgencyName on tokens", () => {
  const at = (tokens: ReturnType<typeof tokenize>, w: string) => tokens.findIndex((t) => t.text === w);

  it("holds when the agency's word and 'للأنباء' stand on the place's line", () => {
    const tokens = tokenize("نقلت وكالة سبأ اليمنية للأنباء أن الوفد وصل");
    expect(inNewsAgencyName(tokens, at(tokens, "اليمنية"), at(tokens, "اليمنية"))).toBe(true);
  });

  it("does not reach 'للأنباء' across a line break, nor hold with no agency word before", () => {
    const broken = tokenize("نقلت وكالة سبأ اليمنية\nللأنباء أن الوفد وصل");
    expect(inNewsAgencyName(broken, at(broken, "اليمنية"), at(broken, "اليمنية"))).toBe(false);
    const none = tokenize("قال مصدر في صنعاء اليمنية للأنباء إن الوفد وصل");
    expect(inNewsAgencyName(none, at(none, "اليمنية"), at(none, "اليمنية"))).toBe(false);
  });
});
