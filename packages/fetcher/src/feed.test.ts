import { describe, expect, it } from "vitest";
import { FeedParseError, parseFeed } from "./feed";

const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>وكالة الأخبار التجريبية</title>
<item><title>رئيس الأركان يستقبل وفداً</title><link>https://news.example/a/1</link><guid>item-1</guid>
<pubDate>Sun, 11 Jan 2026 09:30:00 GMT</pubDate><author>سارة علي</author><description>استقبل رئيس الأركان وفداً عسكرياً</description></item>
<item><title>نسخة مكررة</title><link>https://news.example/a/1</link><guid>item-1</guid></item>
<item><title>بلا معرّف</title><link>https://news.example/a/2</link></item>
</channel></rss>`;

const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Defence Wire</title>
<entry><id>tag:wire,2026:7</id><title>Navies agree on drills</title><link href="https://wire.example/7"/>
<published>2026-02-13T08:00:00Z</published><author><name>J. Doe</name></author><summary>Two navies agreed on joint drills.</summary></entry></feed>`;

describe("parseFeed", () => {
  it("reads RSS items with a de-duplication key, date and author", () => {
    const feed = parseFeed(rss);
    expect(feed.title).toBe("وكالة الأخبار التجريبية");
    expect(feed.items[0]).toMatchObject({
      key: "item-1",
      link: "https://news.example/a/1",
      published: "2026-01-11",
      author: "سارة علي",
    });
    expect(feed.items[2]?.key).toBe("https://news.example/a/2");
  });

  it("reads Atom entries", () => {
    expect(parseFeed(atom).items[0]).toMatchObject({
      key: "tag:wire,2026:7",
      link: "https://wire.example/7",
      published: "2026-02-13",
      author: "J. Doe",
      title: "Navies agree on drills",
    });
  });

  it("refuses something that is not a feed", () => {
    expect(() => parseFeed("<html><body>not a feed</body></html>")).toThrow(FeedParseError);
  });
});
