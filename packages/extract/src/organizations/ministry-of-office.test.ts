import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2031-05-06" }).organizations.map((o) => o.name);

describe("a ministry after في inside an official's title", () => {
  it("is where the office sits, no body of the story", () => {
    const text =
      "وفد عماني يزور مالطا\n\nزار وفد عماني مالطا اليوم، برئاسة السيدة سلمى ناصر الحارثي، مديرة إدارة الشؤون الأوروبية في وزارة الخارجية، وبحث مع المسؤولين سبل تعزيز التعاون في مجال التعليم.\n";
    expect(orgs(text)).not.toContain("وزارة الخارجية");
  });

  it("stays a body where the story names it outside the title too", () => {
    const text =
      "وفد عماني يزور مالطا\n\nزار وفد عماني مالطا اليوم، برئاسة السيدة سلمى ناصر الحارثي، مديرة إدارة الشؤون الأوروبية في وزارة الخارجية. وقالت وزارة الخارجية في بيان إن الزيارة تستمر يومين.\n";
    expect(orgs(text)).toContain("وزارة الخارجية");
  });
});
