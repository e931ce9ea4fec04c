import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { registerFeed, submitArticle } from "@marsad/intake";
import { getArticle, getFeed } from "@marsad/db";
import { pollFeedNow } from "@marsad/queue";
import { articles } from "@marsad/schema/tables";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkerHarness, waitFor, type WorkerHarness } from "./testing/worker-harness";

// windows-1256 bytes of "وزير الدفاع", written out so the test needs no encoder.
const CP1256_MINISTER = Buffer.from([0xe6, 0xd2, 0xed, 0xd1, 0x20, 0xc7, 0xe1, 0xcf, 0xdd, 0xc7, 0xda]);
const paragraph = (n: number) =>
  `<p>استقبل رئيس أركان الجيش في العاصمة وفداً عسكرياً رفيع المستوى، وبحث الجانبان في اللقاء رقم ${n} تعزيز التعاون في مجالات التدريب وتبادل الخبرات وتأمين الحدود المشتركة.</p>`;

const pages: Record<string, { type: string; body: string | Buffer; status?: number; headers?: Record<string, string> }> = {
  "/ar.html": {
    type: "text/html; charset=utf-8",
    body: `<html lang="ar"><head><meta property="og:title" content="رئيس الأركان يستقبل وفداً عسكرياً"><meta property="article:published_time" content="2026-02-01T08:00:00Z"><script>document.title="x"</script></head><body><nav>الرئيسية | رياضة | اقتصاد</nav><article>${paragraph(1)}${paragraph(2)}</article><aside class="ad">إعلان ممول: اشترك الآن</aside><script>alert(1)</script></body></html>`,
  },
  "/cp1256.html": {
    type: "text/html",
    body: Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1256"></head><body><article><p>'),
      CP1256_MINISTER,
      Buffer.from(" - The minister met the visiting delegation to discuss border security and training in detail.</p></article></body></html>"),
    ]),
  },
  "/en.html": {
    type: "text/html",
    body: "<html lang='en'><body><article><h1>Navies agree on drills</h1><p>The commanders of two navies agreed on Tuesday to hold joint drills in the Red Sea next spring, officials said.</p><p>The drills will focus on maritime security and search and rescue.</p></article></body></html>",
  },
  "/to-private": { type: "text/html", body: "", status: 302, headers: { location: "http://10.11.12.13/secret" } },
};

let feedBody = "";
let server: Server;
let base: string;
let h: WorkerHarness;

const settled = (id: string) =>
  waitFor(async () => {
    const a = await getArticle(h.db, id);
    return a && (a.status === "done" || a.status === "failed") ? a : undefined;
  });

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (path === "/feed.xml") {
      if (req.headers["if-none-match"] === '"feed-v1"') return res.writeHead(304).end();
      return res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag: '"feed-v1"' }).end(feedBody);
    }
    const page = pages[path];
    if (!page) return res.writeHead(404).end();
    res.writeHead(page.status ?? 200, { "content-type": page.type, ...page.headers }).end(page.body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  feedBody = `<?xml version="1.0"?><rss version="2.0"><channel><title>وكالة الاختبار</title>
    <item><title>خبر أول</title><link>${base}/ar.html?via=feed</link><guid>a-1</guid><pubDate>Sun, 01 Feb 2026 08:00:00 GMT</pubDate><author>سارة علي</author></item>
    <item><title>خبر أول (مكرر)</title><link>${base}/ar.html?via=feed</link><guid>a-1</guid></item>
    <item><title>Navies</title><link>${base}/en.html?via=feed</link><guid>a-2</guid></item>
  </channel></rss>`;

  h = await startWorkerHarness({ FETCH_ALLOW: "127.0.0.1", WORKER_CONCURRENCY: "4" });
}, 60_000);

afterAll(async () => {
  await h?.close();
  server?.close();
});

describe("articles from URLs", () => {
  it("fetches a page in the worker and reads the article, not the page around it", async () => {
    const { id } = await submitArticle({ db: h.db, queue: h.queue }, { url: `${base}/ar.html` });
    const done = await settled(id);
    expect(done.status).toBe("done");
    expect(done.title).toBe("رئيس الأركان يستقبل وفداً عسكرياً");
    expect([done.publishedAt, done.publishedSource]).toEqual(["2026-02-01", "page"]);
    expect(done.rawText).toContain("تعزيز التعاون");
    expect(done.rawText).not.toContain("alert");
    expect(done.rawText).not.toContain("إعلان ممول");
    expect(done.language).toBe("ar");
  });

  it("decodes a windows-1256 page", async () => {
    const { id } = await submitArticle({ db: h.db, queue: h.queue }, { url: `${base}/cp1256.html` });
    expect((await settled(id)).rawText).toContain("وزير الدفاع");
  });

  it("refuses a redirect to a private address and says so on the article", async () => {
    const { id } = await submitArticle({ db: h.db, queue: h.queue }, { url: `${base}/to-private` });
    const failed = await settled(id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/10\.11\.12\.13.*not a public address/);
  });

  it("the same URL submitted twice is one article", async () => {
    const first = await submitArticle({ db: h.db, queue: h.queue }, { url: `${base}/en.html?x=1` });
    const again = await submitArticle({ db: h.db, queue: h.queue }, { url: `${base}/en.html?x=1` });
    expect(again).toMatchObject({ id: first.id, created: false });
  });
});

describe("feeds", () => {
  it("enqueues each new item once, with the feed's metadata, and polls conditionally", async () => {
    const { feed } = await registerFeed({ db: h.db, feedsQueue: h.feedsQueue }, { url: `${base}/feed.xml`, intervalMinutes: 60 });
    const polled = await waitFor(async () => {
      const f = await getFeed(h.db, feed.id);
      return f?.lastPolledAt ? f : undefined;
    });
    expect(polled).toMatchObject({ title: "وكالة الاختبار", lastNewItems: 2, totalItems: 2, lastError: null, etag: '"feed-v1"' });
    const fromFeed = await h.db.select().from(articles).where(eq(articles.source, "وكالة الاختبار"));
    expect(fromFeed).toHaveLength(2);
    const arabic = fromFeed.find((a) => a.url === `${base}/ar.html?via=feed`)!;
    expect(arabic).toMatchObject({ author: "سارة علي", publishedAt: "2026-02-01", publishedSource: "feed", title: "خبر أول" });
    await settled(arabic.id);

    // Second poll: the server answers 304 to the ETag; nothing new, nothing twice.
    const before = polled.lastPolledAt!.getTime();
    await pollFeedNow(h.feedsQueue, feed.id);
    const again = await waitFor(async () => {
      const f = await getFeed(h.db, feed.id);
      return f && f.lastPolledAt!.getTime() > before ? f : undefined;
    });
    expect(again).toMatchObject({ lastNewItems: 0, totalItems: 2 });
    expect(await h.db.select().from(articles).where(eq(articles.source, "وكالة الاختبار"))).toHaveLength(2);
  });
});
