import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "../../messages/ar.json";
import en from "../../messages/en.json";
import { FORMAT_LOCALE } from "./locales";

// The formatter the app's <T> and useText() call (next-intl's translator over the catalogues).
const arabic = createTranslator({ locale: "ar", messages: ar });
const english = createTranslator({ locale: "en", messages: en });
const COUNTS = [0, 1, 2, 3, 11, 100, 103];

describe("counts in the catalogues", () => {
  it("agree with the number in Arabic: zero, one, two, 3–10, 11–99, hundreds", () => {
    const read = (count: number) => arabic("articles.item.articleReading.articleCount", { count });
    expect(COUNTS.map(read)).toEqual(["لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "11 مقالًا", "100 مقال", "103 مقالات"]);
    const minutes = (n: number) => arabic("feeds.feedsPanel.everyMinutes", { minutes: n });
    expect(COUNTS.map(minutes)).toEqual(["0 دقيقة", "دقيقة", "دقيقتين", "3 دقائق", "11 دقيقة", "100 دقيقة", "103 دقائق"]);
  });

  it("take one or other in English", () => {
    const read = (count: number) => english("articles.item.articleReading.articleCount", { count });
    expect(COUNTS.map(read)).toEqual(["0 articles", "1 article", "2 articles", "3 articles", "11 articles", "100 articles", "103 articles"]);
    expect(english("feeds.feedsPanel.everyMinutes", { minutes: 1 })).toBe("1 minute");
    expect(english("feeds.feedsPanel.everyMinutes", { minutes: 30 })).toBe("30 minutes");
  });

  it("keep the figure inside the markup that isolates it", () => {
    const bdi = { bdi: (chunks: string) => `[${chunks}]` };
    expect(arabic.markup("common.entityPicker.mentionCount", { count: 12, ...bdi })).toBe("[12] إشارة");
    expect(arabic.markup("common.entityPicker.mentionCount", { count: 2, ...bdi })).toBe("إشارتان");
    expect(english.markup("common.entityPicker.mentionCount", { count: 1, ...bdi })).toBe("[1] mention");
  });

  it("print figures as the rest of the interface does (Western digits, grouped)", () => {
    const count = 12300; // n % 100 = 0: the "other" form, the singular noun
    const arFigure = new Intl.NumberFormat(FORMAT_LOCALE.ar).format(count);
    const enFigure = new Intl.NumberFormat(FORMAT_LOCALE.en).format(count);
    expect(arFigure).toMatch(/^12.300$/);
    expect(arabic("articles.item.articleReading.articleCount", { count })).toBe(`${arFigure} مقال`);
    expect(english("articles.item.articleReading.articleCount", { count })).toBe(`${enFigure} articles`);
    expect(arabic("overview.overviewPanels.articlesChartSummary", { count })).toContain(arFigure);
  });
});
