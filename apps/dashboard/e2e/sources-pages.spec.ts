import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
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
/** Polls of the feed the pause test registers, as its server saw them. */
let pausablePolls = 0;

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
    if (request.url === `/pausable-${RUN}.xml`) {
      pausablePolls++;
      response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>نشرة تتوقف ${RUN}</title></channel></rss>`);
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

/** Registers a feed on the feeds page (default interval) and returns its row. */
async function registerOnPage(page: Page, url: string) {
  await page.goto("/feeds");
  await page.getByLabel(/Feed URL/).fill(url);
  await page.getByRole("button", { name: /Register/ }).click();
  return page.locator(`[data-testid="feed-row"][data-feed-url="${url}"]`);
}

test("a feed registered on the feeds page is polled and its items become articles", async ({ page }) => {
  await page.goto("/feeds");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Feeds");
  await page.getByLabel(/Feed URL/).fill("not a url");
  await page.getByRole("button", { name: /Register/ }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("must be a link starting with http:// or https://");

  await page.getByLabel(/Feed URL/).fill(feedUrl);
  await page.getByLabel(/Interval/).fill("15");
  await page.getByRole("button", { name: /Register/ }).click();
  await expect(page.getByTestId("feed-registered")).toContainText("Feed registered");
  const row = page.locator(`[data-feed-url="${feedUrl}"]`);
  await expect(row).toBeVisible();
  // The first poll runs at once; the list refreshes itself every few seconds.
  await expect(row.getByTestId("feed-total")).toHaveText("2", { timeout: 30_000 });
  await expect(row).toContainText(`نشرة المثال ${RUN}`);
  // The interval in both languages, its unit agreeing with the number (the default `both` mode).
  await expect(row).toContainText("15 دقيقة · 15 minutes");
  await page.screenshot({ path: join(ARTIFACTS_DIR, "feeds.png"), fullPage: true });

  await page.goto("/articles");
  await expect(page.getByText(`خبر 1 ${RUN}`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`خبر 2 ${RUN}`)).toBeVisible();
});

test("a feed is edited and deleted (after a confirmation) on the feeds page", async ({ page }) => {
  const brokenUrl = feedUrl.replace("/rss.xml", `/missing-${RUN}.xml`);
  const row = await registerOnPage(page, brokenUrl);
  await expect(row).toBeVisible();
  // Polled and refused (404): the feed gave no document, so no title, and says so.
  await expect(row.getByTestId("feed-title")).toHaveText(/The feed gives no title|Title shown after the first poll/);

  await test.step("edit: a URL another feed has is refused, a new interval is saved", async () => {
    await row.getByRole("button", { name: /Edit/ }).click();
    const form = page.locator(`[data-testid="feed-edit-row"][data-feed-url="${brokenUrl}"]`);
    await form.getByLabel(/Feed URL/).fill(feedUrl);
    await form.getByRole("button", { name: /Save/ }).click();
    await expect(page.locator(".table-wrap").getByRole("alert")).toContainText(`another feed is already registered for ${feedUrl}`);
    await form.getByLabel(/Feed URL/).fill(brokenUrl);
    await form.getByLabel(/Interval/).fill("45");
    await form.getByRole("button", { name: /Save/ }).click();
    await expect(page.getByTestId("feed-action-result")).toContainText("Feed saved");
    await expect(row).toContainText("45 minutes");
  });

  await test.step("delete asks first, then removes the feed", async () => {
    await row.getByRole("button", { name: /Delete/ }).click();
    await expect(row).toBeVisible();
    await row.getByRole("button", { name: /Cancel/ }).click();
    await row.getByRole("button", { name: /Delete/ }).click();
    await row.getByRole("button", { name: /Confirm delete/ }).click();
    await expect(row).toHaveCount(0);
    await expect(page.getByTestId("feed-action-result")).toContainText("the articles it brought in stay");
    // The first test's feed is untouched.
    await expect(page.locator(`[data-testid="feed-row"][data-feed-url="${feedUrl}"]`)).toBeVisible();
  });
});

test("a feed is paused (not polled, and says so) and resumed (polled again at once) on the feeds page", async ({ page }) => {
  const row = await registerOnPage(page, feedUrl.replace("/rss.xml", `/pausable-${RUN}.xml`));
  await expect(row.getByTestId("feed-title")).toHaveText(`نشرة تتوقف ${RUN}`, { timeout: 30_000 });
  await expect(row.getByTestId("feed-state")).toContainText("Polled");
  expect(pausablePolls).toBe(1);

  await row.getByRole("button", { name: /Pause/ }).click();
  await expect(page.getByTestId("feed-action-result")).toContainText("Feed paused; it is not polled until it is resumed.");
  await expect(row).toHaveAttribute("data-paused", "true");
  await expect(row.getByTestId("feed-state")).toContainText("Paused");
  // The button now offers the way back, and its description is the row's state.
  const resume = row.getByRole("button", { name: /Resume/ });
  await expect(resume).toHaveAccessibleDescription(/Paused/);
  await page.screenshot({ path: join(ARTIFACTS_DIR, "feeds-paused.png"), fullPage: true });

  // Postgres holds the state: a fresh page shows it. Pausing did not poll the feed.
  await page.reload();
  await expect(row.getByTestId("feed-state")).toContainText("Paused");
  expect(pausablePolls).toBe(1);

  await resume.click();
  await expect(page.getByTestId("feed-action-result")).toContainText("Feed resumed");
  await expect(row).toHaveAttribute("data-paused", "false");
  await expect(row.getByTestId("feed-state")).toContainText("Polled");
  await expect(row.getByRole("button", { name: /Pause/ })).toBeVisible();
  // Resuming polls at once.
  await expect.poll(() => pausablePolls, { timeout: 30_000 }).toBe(2);
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
