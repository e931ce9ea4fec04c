import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text });
const places = (text: string) => read(text).locations.map((l) => `${l.name}/${l.country}`);

describe("الكونغو, a name both Congos bear", () => {
  it("is the Republic of the Congo in a story that names Brazzaville or Pointe-Noire, demonym and all", () => {
    const x = read("تعاون بحري\n\nبرازافيل (وكالات) - وقع وزير الدفاع اتفاقا مع نظيرته الكونغولية في العاصمة الكونغولية برازافيل، قبل أن يزور ميناء بوانت نوار في الكونغو.");
    expect(x.locations.map((l) => `${l.name}/${l.country}`)).toContain("الكونغو/CG");
    expect(x.countries).toContain("CG");
    expect(x.countries).not.toContain("CD");
  });

  it("stays the Democratic Republic where Kinshasa is named", () => {
    expect(places("تعاون\n\nكينشاسا (وكالات) - التقى الوزير نظيرته الكونغولية في الكونغو أمس.")).toContain("الكونغو/CD");
  });
});
