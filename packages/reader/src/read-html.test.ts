import { describe, expect, it } from "vitest";
import { readHtml, UnreadablePageError } from "./read-html";

const page = `<!doctype html><html lang="ar" dir="rtl"><head>
<meta property="og:title" content="وزير الدفاع يستقبل وفداً عسكرياً">
<meta property="article:published_time" content="2026-03-04T10:00:00Z">
<meta name="author" content="سارة علي">
<script>window.tracking = true;</script>
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article>
<h1>وزير الدفاع يستقبل وفداً عسكرياً</h1>
<p>استقبل وزير الدفاع اليوم وفداً عسكرياً رفيع المستوى في مقر الوزارة، وبحث الجانبان سبل تعزيز التعاون في مجالات التدريب وتبادل الخبرات.</p>
<p>وأكد الوزير خلال اللقاء أهمية التنسيق المشترك لمواجهة التحديات الأمنية في المنطقة، مشيراً إلى عمق العلاقات بين البلدين.</p>
<script>alert("x")</script>
</article>
<aside class="ads">إعلان: اشترك الآن</aside>
</body></html>`;

describe("readHtml", () => {
  it("reads the article text, not the navigation, ads or scripts", () => {
    const read = readHtml(page);
    expect(read.text).toContain("استقبل وزير الدفاع");
    expect(read.text).toContain("وأكد الوزير");
    expect(read.text).not.toContain("alert");
    expect(read.text).not.toContain("window.tracking");
    expect(read.text.split("\n").length).toBeGreaterThanOrEqual(2);
  });

  it("takes the page's own metadata", () => {
    const read = readHtml(page);
    expect(read).toMatchObject({
      title: "وزير الدفاع يستقبل وفداً عسكرياً",
      publishedAt: "2026-03-04",
      author: "سارة علي",
      lang: "ar",
    });
  });

  it("drops bidi controls and NUL from the title, author and site name", () => {
    const read = readHtml(
      page
        .replace("وزير الدفاع يستقبل وفداً عسكرياً\">", "\u202Eوزير الدفاع\u202C يستقبل وفداً&#0;\">")
        .replace('content="سارة علي"', 'content="\u2067سارة علي\u2069"')
        .replace("</head>", '<meta property="og:site_name" content="\u202Bوكالة\u202C"></head>'),
    );
    expect(read).toMatchObject({ title: "وزير الدفاع يستقبل وفداً\uFFFD", author: "سارة علي", siteName: "وكالة" });
  });

  it("reads JSON-LD NewsArticle metadata", () => {
    const read = readHtml(`<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"NewsArticle","headline":"Chiefs of staff meet","datePublished":"2025-11-10","author":{"@type":"Person","name":"J. Doe"}}
      </script></head><body><p>The two chiefs of staff met on Sunday to discuss border security and training programmes for the coming year.</p></body></html>`);
    expect(read).toMatchObject({ title: "Chiefs of staff meet", publishedAt: "2025-11-10", author: "J. Doe" });
  });

  it("survives broken HTML", () => {
    const read = readHtml("<html><body><p>نص <b>غير مغلق <div>ثم فقرة أخرى</p></span>");
    expect(read.text).toContain("نص");
  });

  it("refuses a page with no text", () => {
    expect(() => readHtml("<html><body><script>1</script></body></html>")).toThrow(UnreadablePageError);
  });
});
