import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { ARTIFACTS_DIR, e2eEnv } from "./env";

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl });

const RUN = randomUUID().slice(0, 8);
// Invented news for these tests.
const PARAGRAPH =
  "أعلنت قيادة حرس الحدود في جمهورية الواحة عن افتتاح مركز جديد لمراقبة الطرق الصحراوية، " +
  "وقال العميد فارس الزاهر إن المركز سيعمل على مدار الساعة بالتنسيق مع وحدات الإسناد الجوي.";

/** windows-1256 bytes of a string, from the decoder's own table (Node ships no encoder). */
function cp1256(text: string): Buffer {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

function articlePage(title: string, charset = "utf-8"): string {
  return `<!doctype html><html lang="ar"><head><meta charset="${charset}"><title>${title}</title>
<script>window.__pwned = 1</script></head><body><nav>الرئيسية | رياضة</nav>
<article><h1>${title}</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH} (${RUN})</p><p>${PARAGRAPH}</p></article></body></html>`;
}

let feedServer: Server;
let feedUrl: string;

test.beforeAll(async () => {
  feedServer = createServer((request, response) => {
    const origin = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
    if (request.url === "/rss.xml") {
      const items = [1, 2]
        .map(
          (n) => `<item><title>خبر ${n} ${RUN}</title><link>${origin}/news/${n}</link><guid>${RUN}-${n}</guid>
<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>`,
        )
        .join("");
      response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      // The same item twice: it must be queued once.
      response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>نشرة المثال ${RUN}</title>${items}${items}</channel></rss>`);
      return;
    }
    const match = /^\/news\/(\d)$/.exec(request.url ?? "");
    if (match) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(articlePage(`خبر ${match[1]} ${RUN}`));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => feedServer.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/rss.xml`;
});

test.afterAll(async () => {
  await new Promise((resolve) => feedServer.close(resolve));
});

test("a feed registered on the feeds page is polled and its items become articles", async ({ page }) => {
  await page.goto("/feeds");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Feeds");
  await page.getByLabel(/Feed URL/).fill("not a url");
  await page.getByRole("button", { name: /Register/ }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("url must be an http(s) URL");

  await page.getByLabel(/Feed URL/).fill(feedUrl);
  await page.getByLabel(/Interval/).fill("15");
  await page.getByRole("button", { name: /Register/ }).click();
  await expect(page.getByTestId("feed-registered")).toContainText("Feed registered");
  const row = page.locator(`[data-feed-url="${feedUrl}"]`);
  await expect(row).toBeVisible();
  // The first poll runs at once; the list refreshes itself every few seconds.
  await expect(row.getByTestId("feed-total")).toHaveText("2", { timeout: 30_000 });
  await expect(row).toContainText(`نشرة المثال ${RUN}`);
  await expect(row).toContainText("15 min");
  await page.screenshot({ path: join(ARTIFACTS_DIR, "feeds.png"), fullPage: true });

  await page.goto("/articles");
  await expect(page.getByText(`خبر 1 ${RUN}`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`خبر 2 ${RUN}`)).toBeVisible();
});

test("files dropped on the submit page are each sent and followed to the end", async ({ page }) => {
  await page.goto("/submit");
  const input = page.locator('input[type="file"]');
  await input.setInputFiles([
    { name: "plain.txt", mimeType: "text/plain", buffer: Buffer.from(`${PARAGRAPH}\nمرجع ${RUN} نصي`) },
    { name: "saved-1256.html", mimeType: "text/html", buffer: cp1256(articlePage(`صفحة محفوظة ${RUN}`, "windows-1256")) },
    { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") },
    { name: "image.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]) },
  ]);
  const items = page.getByTestId("upload-item");
  await expect(items).toHaveCount(4);
  const item = (name: string) => items.filter({ hasText: name });
  await expect(item("scan.pdf")).toContainText('unsupported file type ".pdf"');
  await expect(item("image.txt")).toContainText("binary content");
  await expect(item("plain.txt")).toHaveAttribute("data-status", "done", { timeout: 60_000 });
  await expect(item("saved-1256.html")).toHaveAttribute("data-status", "done", { timeout: 60_000 });
  await page.screenshot({ path: join(ARTIFACTS_DIR, "submit-uploads.png"), fullPage: true });

  await item("saved-1256.html").getByRole("link").click();
  const text = page.getByTestId("article-text");
  await expect(text).toContainText("حرس الحدود في جمهورية الواحة");
  await expect(text).not.toContainText("__pwned");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
