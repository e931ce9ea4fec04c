import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("an area's noun before a common noun of sport, war or rivalry names no place", () => {
  it.each([
    ["مباراة\n\nأطلق المهاجم كرة قوية من خارج منطقة الجزاء فارتطمت بالقائم.", "منطقة الجزاء"],
    ["تعزيزات\n\nدفعت القيادة بكتيبتين إضافيتين إلى منطقة العمليات قبل الفجر.", "منطقة العمليات"],
    ["هدنة\n\nتبادل الطرفان إطلاق النار عند منطقة التماس ليلة الجمعة.", "منطقة التماس"],
    ["نزاع\n\nتقع الجزر الثلاث في منطقة متنازع عليها منذ عقود.", "منطقة متنازع"],
    ["تحليل\n\nيخشى الخبراء أن يتحول المحيط إلى ساحة تنافس بين القوى البحرية.", "ساحة تنافس"],
  ])("%s", (text, phrase) => {
    expect(names(text)).not.toContain(phrase);
  });

  it("keeps an area or a square named by a proper name", () => {
    expect(names("جولة\n\nتفقد المحافظ منطقة الجوف الحدودية أمس.")).toContainEqual(expect.stringContaining("الجوف"));
    expect(names("احتجاج\n\nتجمع المئات في ساحة الشهداء وسط المدينة.")).toContain("ساحة الشهداء");
  });
});
