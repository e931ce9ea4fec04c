import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ARTIFACTS_DIR, e2eEnv } from "./env";

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl, actionTimeout: 15_000 });

// Made-up reports (fictional officers and towns), written for this test. RUN makes them unique.
const RUN = randomUUID().slice(0, 8);
const WORD = `مرصدتجربة${RUN.replace(/[^a-f]/g, "")}`;
const PAGE_TEXT = `أعلن العقيد مازن الفارس قائد حامية بلدة السنديان، يوم الاثنين 14 يناير 2019، بدء تمرين ميداني مشترك مع وحدات الهندسة العسكرية في المنطقة الجبلية. وقال الفارس إن التمرين ${WORD} يستمر ثلاثة أيام ويشمل فتح الطرق وإقامة الجسور المؤقتة.`;
// A statement of one person (no meeting): the network test that follows counts who met whom.
const PASTED = `أعلن اللواء حسان البدري قائد القوات الجوية في جمهورية الواحة، يوم الأربعاء 14 يناير 2019، انتهاء برنامج التدريب السنوي. (مرجع الاختبار ${RUN})`;

let server: Server;
let pageUrl = "";

test.beforeAll(async () => {
  // The page a link points to, served on 127.0.0.1 (the worker's FETCH_ALLOW lets it be fetched).
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تمرين السنديان ${RUN}</title></head><body><article><h1>تمرين السنديان ${RUN}</h1><p>${PAGE_TEXT}</p><p>${PAGE_TEXT}</p></article></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/${RUN}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

async function status(request: APIRequestContext, id: string): Promise<string> {
  return ((await (await request.get(`/api/v1/articles/${id}`)).json()) as { status: string }).status;
}

async function useLanguage(page: Page, ui: "both" | "ar" | "en") {
  await page.context().addCookies([{ name: "marsad-ui", value: ui, url: baseUrl! }]);
}

/** The page is no wider than the window: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

test("a link submitted alone is fetched, found by search with snippet, count and publication date", async ({ page }) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });

  const id = await test.step("the submit form takes a link without text", async () => {
    await page.goto("/submit");
    await page.getByLabel(/الرابط \/ URL/).fill(pageUrl);
    await page.getByRole("button", { name: /إرسال · Submit/ }).click();
    const result = page.getByTestId("submit-result");
    await expect(result).toContainText("Article received");
    const href = await result.getByRole("link").getAttribute("href");
    return href!.split("/").pop()!;
  });
  await expect.poll(() => status(page.request, id), { timeout: 60_000 }).toBe("done");

  await test.step("the search shows the match count, the snippet and the publication day", async () => {
    await page.goto(`/articles?q=${encodeURIComponent(WORD)}`);
    await expect(page.getByTestId("search-count")).toHaveText(/(^|\s)1 matching article$/);
    const row = page.locator(`[data-article-id="${id}"]`);
    await expect(row.getByTestId("snippet").locator("mark")).toHaveText(WORD);
    await expect(row.getByTestId("published-day")).toBeVisible();
    await expect(page.locator("#filter-sort")).toHaveValue("relevance");
    await screenshot(page, "search-results");
  });

  await test.step("the article's persons link to their profiles; no sideways scroll at phone width", async () => {
    await page.goto(`/articles/${id}`);
    const link = page.getByTestId("person-profile-link").first();
    await expect(link).toHaveAttribute("href", /^\/entities\/[0-9a-f-]{36}$/);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await screenshot(page, "article-phone");
    await page.goto(await link.getAttribute("href").then((h) => h!));
    await expectNoSidewaysScroll(page);
    await screenshot(page, "profile-phone");
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`/articles?q=${encodeURIComponent(WORD)}`);
  });

  await test.step("the favicon is served and the first Tab reaches the skip link", async () => {
    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(icon).toBeTruthy();
    expect((await page.request.get(icon!)).status()).toBe(200);
    await page.keyboard.press("Tab");
    await expect(page.locator(".skip-link")).toBeFocused();
  });
  expect(errors.filter((e) => !/Failed to load resource.*(401|403)/.test(e))).toEqual([]);
});

test("a failed link shows its URL and error, and reads the text pasted instead", async ({ page }) => {
  test.setTimeout(150_000);
  const failing = `http://127.0.0.1:9/%D8%AE%D8%A8%D8%B1-${RUN}`;
  const response = await page.request.post("/api/v1/articles", { data: { url: failing } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await expect.poll(() => status(page.request, id), { timeout: 60_000 }).toBe("failed");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`http://127.0.0.1:9/خبر-${RUN}`);
  await expect(page.locator("dd.error")).toContainText("127.0.0.1:9");
  await expect(page.getByText("could not be fetched from the link")).toBeVisible();
  await expect(page.getByText("not been fetched yet")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Fetch again/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await screenshot(page, "article-failed-link-phone");

  await page.getByRole("button", { name: /Paste the text instead/ }).click();
  await page.getByLabel(/Article text/).fill(PASTED);
  await page.getByRole("button", { name: /Read this text/ }).click();
  await expect(page.locator("article.article")).toHaveAttribute("data-status", "done", { timeout: 60_000 });
  await expect(page.getByTestId("article-text")).toContainText("حسان البدري");
  await expectNoSidewaysScroll(page);

  await page.goto("/queue");
  await expect(page.getByTestId("queue-counts")).toBeVisible();
  await expect(page.getByTestId("feeds-queue")).toContainText(/Feeds queue/);
  await expectNoSidewaysScroll(page);
  await screenshot(page, "queue-phone");
});

test("per-day bars read left to right in English and right to left in Arabic", async ({ page }) => {
  for (const [ui, dir] of [
    ["en", "ltr"],
    ["ar", "rtl"],
  ] as const) {
    await useLanguage(page, ui);
    await page.goto("/");
    const chart = page.locator("figure.chart").first();
    await expect(chart).toHaveAttribute("data-direction", dir);
    const bars = chart.locator("rect.chart-bar");
    expect(await bars.count()).toBeGreaterThan(1);
    const first = Number(await bars.first().getAttribute("x"));
    const last = Number(await bars.last().getAttribute("x"));
    if (dir === "ltr") expect(first).toBeLessThan(last);
    else expect(first).toBeGreaterThan(last);
    await screenshot(page, `overview-chart-${ui}`);
  }
  await useLanguage(page, "en");
  await page.goto("/submit");
  // Parentheses whole in every language: "(optional)", never "optional)".
  await expect(page.locator('label[for="title"] .optional')).toHaveText("(optional)");
  await useLanguage(page, "both");
});

test("a busy place's card stays inside the map", async ({ page }) => {
  await page.goto("/map");
  await expect(page.getByTestId("world-map")).toBeVisible();
  await expect(page.getByTestId("map-summary")).not.toContainText("Loading");
  const marker = page.getByTestId("map-event").first();
  if ((await marker.count()) > 0) {
    await marker.click();
    const frame = await page.locator(".graph-frame").boundingBox();
    const box = await page.getByTestId("event-card").boundingBox();
    expect(box!.height).toBeLessThanOrEqual(frame!.height);
  }
  await screenshot(page, "map");
});

// State names come from one bundled list: the runtime's ICU named some differently on the server
// and in the browser, and React reported #418 (a text differs at hydration) on the map.
test("the map hydrates without error #418", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/map");
  await expect(page.getByTestId("map-summary")).not.toContainText("Loading");
  expect(errors.filter((e) => /418|[Hh]ydrat/.test(e))).toEqual([]);
});

test("the events page filters by date range, kept in the address", async ({ page }) => {
  await page.goto("/events");
  // Once the list has loaded the page is hydrated: a change then reaches React.
  await expect(page.locator('[data-testid="timeline"], p.panel.empty').first()).toBeVisible();
  await page.locator(".filters input[data-date-field]").first().fill("2099-01-01");
  await expect(page).toHaveURL(/from=2099-01-01/);
  await expect(page.getByText("No events match these filters.")).toBeVisible();
  await page.goto("/events?from=2000-01-01&to=2099-12-31");
  await expect(page.getByText("The range holds only events whose date is known.")).toBeVisible();
});
