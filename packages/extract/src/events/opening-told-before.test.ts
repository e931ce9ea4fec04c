import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2031-05-14" }).events;

describe("an opening told by a minister ('افتتحت الوزيرة …')", () => {
  it("is a happening of its own", () => {
    const x = events("افتتاح جناح جديد", "سانتا لوسيرا (وكالة) - افتتحت وزيرة الصحة الفالدانية الدكتورة لورا بيانكي اليوم جناحا جديدا لطب الأطفال في مستشفى سانتا لوسيرا المركزي.");
    expect(x.find((e) => e.type === "other")?.participants).toEqual(["لورا بيانكي"]);
  });

  it("takes who took part in it as told after ('وشارك في الافتتاح X')", () => {
    const x = events(
      "افتتاح جناح جديد",
      "سانتا لوسيرا (وكالة) - افتتحت وزيرة الصحة الفالدانية الدكتورة لورا بيانكي اليوم جناحا جديدا لطب الأطفال في مستشفى سانتا لوسيرا المركزي.",
      "وشارك في الافتتاح سفير سوران لدى فالدانيا السيد سامي الهاشمي.",
    );
    const opened = x.filter((e) => e.type === "other");
    expect(opened).toHaveLength(1);
    expect(opened[0]?.participants).toEqual(["لورا بيانكي", "سامي الهاشمي"]);
  });

  it("has no second happening in what was done at its ceremony ('وأحيت فرقة … في حفل الافتتاح')", () => {
    const x = events(
      "افتتاح معرض",
      "سانتا لوسيرا (وكالة) - افتتحت وزيرة الثقافة الفالدانية السيدة لورا بيانكي اليوم معرضا للخط العربي في متحف سانتا لوسيرا الوطني.",
      "وأحيت فرقة النغم الأصيل أمسية موسيقية في حفل الافتتاح، الذي حضره السفير سامي الهاشمي.",
    );
    expect(x.filter((e) => e.type === "other")).toHaveLength(1);
  });
});
