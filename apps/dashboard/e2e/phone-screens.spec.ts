import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { api } from "./api";
import { e2eEnv, STORAGE_STATE } from "./env";

/**
 * What the screenshot review of every page found, checked in Arabic and in English: the network
 * on a phone (no tall empty frame, names that never overlap, controls in reach), a career table
 * and an event count on a profile, the file button of the submit page, the overview's empty
 * chart, the queue's count of failures, and data in its own direction inside the interface's.
 */

const { baseUrl } = e2eEnv();
const LANGUAGES = ["ar", "en"] as const;
type Language = (typeof LANGUAGES)[number];
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const DESKTOP = { viewport: { width: 1440, height: 900 } } as const;

// Invented reports (fictional officers, real cities), written for this test: two meetings of
// several officers each, so that the network has a cluster whose names compete for room.
const RUN = randomUUID().slice(0, 8);
const HOST = "رامي الشوبكي";
const REPORTS = [
  `عمّان - استقبل الفريق الركن ${HOST} رئيس هيئة الأركان المشتركة، يوم الأحد 8 فبراير 2026 في عمّان، اللواء عادل البدارين قائد القوات البرية الكويتية، والعميد وليد الهزايمة مدير التدريب، وبحث الجانبان تبادل الخبرات في مجال التدريب العسكري. (تقرير الشبكة ${RUN})`,
  // The first meeting again, told by another outlet in other words: the same story.
  `بحث الفريق الركن ${HOST} رئيس هيئة الأركان المشتركة مع اللواء عادل البدارين قائد القوات البرية الكويتية في عمّان يوم 8 فبراير 2026 تبادل الخبرات في التدريب العسكري. (رواية ثانية ${RUN})`,
  `الكويت - التقى اللواء عادل البدارين قائد القوات البرية الكويتية، يوم الثلاثاء 10 فبراير 2026 بالكويت، الفريق الركن ${HOST} رئيس هيئة الأركان المشتركة، والعميد ماهر العتيبي مدير العمليات، وناقش الطرفان خطة التمرين المشترك. (تقرير الشبكة الثاني ${RUN})`,
];

let article = "";
let host = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const ids = [];
  for (const text of REPORTS) {
    const { id } = await api<{ id: string }>("/api/v1/articles", { method: "POST", body: { text, source: "وكالة الاختبار", publishedAt: "2026-02-10" } });
    ids.push(id);
  }
  for (const id of ids) {
    await expect.poll(async () => (await api<{ status: string }>(`/api/v1/articles/${id}`)).status, { timeout: 90_000 }).toBe("done");
  }
  article = ids[0]!;
  const people = await api<{ items: { id: string; name: string }[] }>(`/api/v1/entities?type=person&q=${encodeURIComponent(HOST)}`);
  host = people.items.find((p) => p.name.includes("الشوبكي"))?.id ?? "";
  expect(host, "the host of the invented meetings is a person").not.toBe("");
});

async function open(browser: Browser, language: Language, device: typeof PHONE | typeof DESKTOP, path: string): Promise<Page> {
  const context = await browser.newContext({ ...device, baseURL: baseUrl, locale: language, storageState: STORAGE_STATE });
  await context.addCookies([{ name: "marsad-ui", value: language, url: baseUrl! }]);
  const page = await context.newPage();
  await page.goto(path);
  await page.locator("html[data-queries=idle]").waitFor({ state: "attached" });
  return page;
}

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, "the page scrolls sideways").toBeLessThanOrEqual(client);
}

/** The written names of the graph, as boxes on screen. */
function labelBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('[data-testid="network-graph"] .graph-node text')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent ?? "", left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
}

for (const language of LANGUAGES) {
  test.describe(`${language}`, () => {
    test("the network on a phone fills its frame, its names never overlap and its controls are in reach", async ({ browser }) => {
      const page = await open(browser, language, PHONE, "/network");
      const graph = page.getByTestId("network-graph");
      await expect(graph).toBeVisible();
      expect(await page.locator('[data-node-kind="person"]').count(), "the invented meetings' officers are in the graph").toBeGreaterThanOrEqual(3);
      await expectNoSidewaysScroll(page);

      // The frame takes the drawing's proportions: no tall empty box around a small picture.
      const frame = await graph.evaluate((svg: SVGSVGElement) => {
        const box = svg.getBoundingClientRect();
        const view = svg.viewBox.baseVal;
        return { width: box.width, height: box.height, drawn: (box.width * view.height) / view.width };
      });
      expect(frame.height, "the graph's frame is no taller than its drawing").toBeLessThanOrEqual(frame.drawn + 2);

      // Written names are readable and none overlaps another.
      const boxes = await labelBoxes(page);
      expect(boxes.length, "some names are written").toBeGreaterThanOrEqual(2);
      for (const box of boxes) expect(box.bottom - box.top, `"${box.text}" is readable`).toBeGreaterThanOrEqual(11);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
          expect(overlap, `"${a.text}" and "${b.text}" overlap`).toBeLessThanOrEqual(1);
        }
      }

      // Circles are big enough to tap; a tapped person's card stays inside the frame. The person
      // tapped is one whose circle nothing covers (a name or the "fit all" button may cover some).
      await graph.scrollIntoViewIfNeeded();
      const uncovered = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="network-graph"] [data-node-kind="person"]')].findIndex((node) => {
          const r = node.querySelector("circle")?.getBoundingClientRect();
          const hit = r ? document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) : null;
          return hit !== null && node.contains(hit);
        }),
      );
      expect(uncovered, "some person's circle is in the open").toBeGreaterThanOrEqual(0);
      const person = page.locator('[data-node-kind="person"]').nth(uncovered);
      const circle = await person.locator("circle").boundingBox();
      expect(circle!.width, "a person's circle can be tapped").toBeGreaterThanOrEqual(9);
      await person.locator("circle").tap();
      const card = page.getByTestId("node-card");
      await expect(card).toBeVisible();
      const [cardBox, frameBox] = [await card.boundingBox(), await page.locator(".graph-frame").boundingBox()];
      expect(cardBox!.x).toBeGreaterThanOrEqual(frameBox!.x);
      expect(cardBox!.x + cardBox!.width).toBeLessThanOrEqual(frameBox!.x + frameBox!.width + 0.5);

      // Zoomed with a double tap, "fit all" brings the whole graph back.
      const reset = page.getByTestId("network-reset");
      await expect(reset).toBeDisabled();
      await graph.scrollIntoViewIfNeeded();
      const box = await graph.boundingBox();
      // A corner of the drawing, away from the circles (a tap there only closes the card).
      const [x, y] = [box!.x + 6, box!.y + box!.height - 6];
      await page.touchscreen.tap(x, y);
      await page.touchscreen.tap(x, y);
      await expect(reset).toBeEnabled();
      const resetBox = await reset.boundingBox();
      expect(resetBox!.x).toBeGreaterThanOrEqual(0);
      expect(resetBox!.x + resetBox!.width).toBeLessThanOrEqual(390);
      await reset.tap();
      await expect(reset).toBeDisabled();
      await expectNoSidewaysScroll(page);
      await page.context().close();
    });

    test("a profile's ranks are one card per row on a phone, and its meetings are counted in words of the language", async ({ browser }) => {
      const page = await open(browser, language, PHONE, `/entities/${host}`);
      const titles = page.getByTestId("titles");
      await expect(titles).toBeVisible();
      // Nothing of the table is out of its box (no column cut at the edge).
      const spill = await titles.evaluate((table) => {
        const box = table.getBoundingClientRect();
        return [...table.querySelectorAll("td")].filter((td) => {
          const r = td.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5;
        }).length;
      });
      expect(spill, "cells outside the table's box").toBe(0);
      await expectNoSidewaysScroll(page);
      // He met the Kuwaiti commander at two meetings: a plural, not "2 events" of a bare figure.
      const counts = page.getByTestId("co-participants").locator(".count");
      await expect(counts.first()).toBeVisible();
      for (const text of await counts.allTextContents()) {
        expect(text.trim()).toMatch(language === "en" ? /^(1 event|\d+ events)$/ : /^(حدث واحد|حدثان|\d+ (أحداث|حدثاً|حدث))$/);
      }
      await page.context().close();
    });

    test("the submit page's file button speaks the interface language and the extensions stay on one line", async ({ browser }) => {
      const page = await open(browser, language, PHONE, "/submit");
      await expect(page.getByTestId("choose-files")).toHaveText(language === "en" ? "Choose files" : "اختر ملفات");
      // The browser's own button ("Choose Files", "No file chosen") is not shown.
      const native = page.locator('input[type="file"]');
      const nativeBox = await native.boundingBox();
      expect((nativeBox?.width ?? 0) * (nativeBox?.height ?? 0)).toBeLessThanOrEqual(1);
      const lines = await page.locator('.drop-hint [dir="ltr"]').evaluate((span) => new Set([...span.getClientRects()].map((r) => Math.round(r.top))).size);
      expect(lines, "the list of extensions is broken over lines").toBe(1);
      await page.context().close();
    });

    test("the overview says why a chart is empty, and the queue paints only failures in red", async ({ browser }) => {
      const page = await open(browser, language, DESKTOP, "/");
      for (const chart of ["articles", "events"]) {
        const bars = await page.locator(`[data-testid="chart-${chart}"] rect[data-value]:not([data-value="0"])`).count();
        // An empty chart has a sentence under it; one with bars has none.
        await expect(page.getByTestId(`chart-${chart}-empty`)).toHaveCount(bars === 0 ? 1 : 0);
      }
      await page.goto("/queue");
      await page.locator("html[data-queries=idle]").waitFor({ state: "attached" });
      const colour = (state: string) => page.getByTestId(`count-${state}`).evaluate((el) => getComputedStyle(el).color);
      const failed = Number(await page.getByTestId("count-failed").textContent());
      if (failed === 0) expect(await colour("failed")).toBe(await colour("completed"));
      else expect(await colour("failed")).not.toBe(await colour("completed"));
      await page.context().close();
    });

    test("data in its own direction keeps its place in the interface's: a cell's start edge, a place after its dash; the same story by name", async ({ browser }) => {
      const page = await open(browser, language, DESKTOP, `/articles/${article}`);
      // An Arabic name in a table lines up with its column's heading at the interface's start edge.
      const cell = page.getByTestId("extraction").locator("table").first().locator("tbody td[dir=auto]").first();
      const offset = await cell.evaluate((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const text = range.getBoundingClientRect();
        const box = td.getBoundingClientRect();
        return document.documentElement.dir === "rtl" ? box.right - text.right : text.left - box.left;
      });
      expect(offset, "the text sits at the cell's start edge, inside its padding").toBeLessThanOrEqual(16);
      // "meeting 2026-02-08 — عمّان": the dash comes before the place in reading order.
      const place = page.getByTestId("article-event-place").first();
      const order = await place.evaluate((bdi) => {
        const dash = bdi.previousSibling;
        const range = document.createRange();
        range.selectNodeContents(dash!);
        const d = range.getBoundingClientRect();
        const p = bdi.getBoundingClientRect();
        return document.documentElement.dir === "rtl" ? d.left >= p.right - 1 : d.right <= p.left + 1;
      });
      expect(order, "the dash is read before the place").toBe(true);
      // Another outlet's report of the same meeting is named by its title, never by its id.
      const story = page.getByTestId("story-articles").getByRole("link");
      await expect(story.first()).toBeVisible();
      for (const text of await story.allTextContents()) {
        expect(text.trim()).not.toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-|^$/);
      }
      await page.context().close();
    });
  });
}
