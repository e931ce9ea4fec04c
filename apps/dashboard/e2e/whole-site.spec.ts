import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ARTIFACTS_DIR, e2eEnv, STORAGE_STATE } from "./env";

/**
 * Every page of the dashboard, in Arabic, in English and in both (each Arabic message with its
 * English beside it, the default), on a desktop and on a phone: no console error, no sideways
 * scrolling, no username or "30 دقيقة" broken over two lines, no serious or
 * critical axe-core violation, and a full-page screenshot in
 * e2e-artifacts/pages/<page>-<language>-<device>.png to look at. One browser context per language
 * and device visits every page in turn, so the whole run stays cheap enough for CI.
 * axe-core, the costly check (about two seconds a page), runs on the desktop in each language:
 * a phone gets the same DOM as the desktop in its language (only CSS differs), so phones are
 * checked for everything else but not again by axe, which keeps the suite's time in bounds.
 * e2e-artifacts/pages/timings-<language>-<device>.json says where the time went.
 */

const { baseUrl, apiToken } = e2eEnv();
const appDir = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "app");
const shotsDir = join(ARTIFACTS_DIR, "pages");

const DEVICES = {
  desktop: { viewport: { width: 1440, height: 900 }, isMobile: false },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true },
} as const;
const LANGUAGES = ["ar", "en", "both"] as const;
/** `<html lang>` of each interface language: the mixed one reads Arabic first. */
const DOCUMENT_LANG = { ar: "ar", en: "en", both: "ar" } as const;
const axeRunsOn = (device: string) => device === "desktop";

// An invented report (fictional officers, real states), written for this test, so that the
// detail pages have a person, an event and a place to show even when this file runs alone.
const RUN = randomUUID().slice(0, 8);
const HOST = "كمال الورداني";
const GUEST = "سليم الحداد";
const REPORT = `الرباط - استقبل الفريق أول ${HOST} المفتش العام للقوات المسلحة الملكية المغربية، يوم الخميس 5 فبراير 2026 بالرباط، اللواء ${GUEST} رئيس هيئة أركان الجيش العماني، وتناول اللقاء برامج التكوين وتبادل الخبرات بين البلدين. (تقرير تجريبي ${RUN})`;

interface Seed {
  article: string;
  entity: string;
  event: string;
  watchlist: string;
}

/** Each route of src/app (a folder with a page.tsx), named for its screenshot, with a real URL. */
function pagesToVisit(seed: Seed): Record<string, { name: string; path: string }> {
  return {
    "/": { name: "overview", path: "/" },
    "/articles": { name: "articles", path: "/articles" },
    "/articles/[id]": { name: "article", path: `/articles/${seed.article}` },
    "/events": { name: "events", path: "/events" },
    "/events/[id]": { name: "event", path: `/events/${seed.event}` },
    "/entities/[id]": { name: "entity", path: `/entities/${seed.entity}` },
    "/people": { name: "people", path: "/people" },
    "/organizations": { name: "organizations", path: "/organizations" },
    "/places": { name: "places", path: "/places" },
    "/map": { name: "map", path: "/map" },
    "/network": { name: "network", path: "/network" },
    "/queue": { name: "queue", path: "/queue" },
    "/feeds": { name: "feeds", path: "/feeds" },
    "/submit": { name: "submit", path: "/submit" },
    "/watchlists": { name: "watchlists", path: "/watchlists" },
    "/watchlists/[id]": { name: "watchlist", path: `/watchlists/${seed.watchlist}` },
    "/alerts": { name: "alerts", path: "/alerts" },
    "/account": { name: "account", path: "/account" },
    "/users": { name: "users", path: "/users" },
  };
}
/** Shown only to a reader who is signed out: visited last, after the session cookie is dropped. */
const SIGN_IN = "/sign-in";

/** The routes the app has, read from its folders, so that a new page cannot be left out here. */
function appRoutes(dir = appDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return appRoutes(full);
    return name === "page.tsx" ? [`/${relative(appDir, dir)}`.replace(/\/$/, "") || "/"] : [];
  });
}

const bearer = () => ({ Authorization: `Bearer ${apiToken}`, "Content-Type": "application/json" });

async function api<T>(path: string, init?: { method: string; body: unknown }): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init?.method ?? "GET",
    headers: bearer(),
    body: init ? JSON.stringify(init.body) : undefined,
  });
  expect(response.ok, `${init?.method ?? "GET"} ${path} answered ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

let seed: Seed;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const { id: article } = await api<{ id: string }>("/api/v1/articles", {
    method: "POST",
    body: { text: REPORT, source: "وكالة الاختبار", publishedAt: "2026-02-05" },
  });
  await expect
    .poll(async () => (await api<{ status: string }>(`/api/v1/articles/${article}`)).status, { timeout: 60_000 })
    .toBe("done");
  const people = await api<{ items: { id: string; name: string }[] }>(`/api/v1/entities?type=person&q=${encodeURIComponent(HOST)}`);
  const entity = people.items.find((p) => p.name.includes("الورداني"))?.id;
  expect(entity, "the host of the invented report is a person").toBeDefined();
  const events = await api<{ items: { id: string }[] }>(`/api/v1/events?personId=${entity}`);
  expect(events.items.length, "the invented meeting is an event").toBeGreaterThan(0);
  const { id: watchlist } = await api<{ id: string }>("/api/v1/watchlists", {
    method: "POST",
    body: { name: `متابعة ${RUN}`, rules: [{ kind: "entity", entityId: entity, scope: "events" }] },
  });
  seed = { article, entity: entity!, event: events.items[0]!.id, watchlist };
  mkdirSync(shotsDir, { recursive: true });
});

test("every page of the app is visited", () => {
  expect(appRoutes().sort()).toEqual([...Object.keys(pagesToVisit(seed)), SIGN_IN].sort());
});

/**
 * Loaded, hydrated, its queries answered and its fonts in: what a reader would call the page
 * "done". `data-queries` is set by the app's QueryActivity once it has hydrated.
 */
async function settled(page: Page): Promise<void> {
  await page.locator("html[data-queries=idle]").waitFor({ state: "attached" });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

async function sidewaysScroll(page: Page): Promise<string[]> {
  const { scroll, width } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scroll: root.scrollWidth, width: root.clientWidth };
  });
  return scroll > width + 1 ? [`scrolls sideways: ${scroll} px wide in ${width} px`] : [];
}

/**
 * A short identifier or a figure with its unit on more than one line: "e2e-" above "admin".
 * Each run of text is measured on its own: in the two-language interface "30 دقيقة" and
 * "30 minutes" are two texts, one under the other by design, and neither may break.
 */
async function brokenIdentifiers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll(".site-main td.identifier, .site-main td.quantity")].flatMap((cell) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const broken: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(`"${node.textContent.trim()}" is broken over ${lines.size} lines`);
      }
      return broken;
    }),
  );
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const axe = await new AxeBuilder({ page }).analyze();
  for (const violation of axe.violations) {
    if (violation.impact !== "serious" && violation.impact !== "critical") continue;
    const where = violation.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ");
    problems.push(`axe ${violation.id} (${violation.impact}) ×${violation.nodes.length}: ${where}`);
  }
  return problems;
}

for (const language of LANGUAGES) {
  for (const [device, options] of Object.entries(DEVICES)) {
    test(`every page in ${language} on a ${device}`, async ({ browser }) => {
      test.setTimeout(300_000);
      const context = await browser.newContext({
        ...options,
        hasTouch: options.isMobile,
        baseURL: baseUrl,
        locale: DOCUMENT_LANG[language],
        storageState: STORAGE_STATE,
      });
      const languageCookie = { name: "marsad-ui", value: language, url: baseUrl ?? "http://127.0.0.1" };
      await context.addCookies([languageCookie]);
      const page = await context.newPage();
      let found: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") found.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => found.push(`page error: ${error.message}`));
      const timings: Record<string, Record<string, number>> = {};

      const visit = async (name: string, path: string) => {
        found = [];
        const took: Record<string, number> = {};
        const timed = async <T>(what: string, step: () => Promise<T>): Promise<T> => {
          const start = Date.now();
          const result = await step();
          took[what] = Date.now() - start;
          return result;
        };
        const response = await timed("load", () => page.goto(path));
        if (!response?.ok()) found.push(`answered ${response?.status()}`);
        await expect(page.locator("html")).toHaveAttribute("lang", DOCUMENT_LANG[language]);
        await timed("settle", () => settled(page));
        found.push(...(await sidewaysScroll(page)));
        found.push(...(await brokenIdentifiers(page)));
        if (axeRunsOn(device)) found.push(...(await timed("axe", () => seriousAxeViolations(page))));
        await timed("screenshot", () => page.screenshot({ path: join(shotsDir, `${name}-${language}-${device}.png`), fullPage: true }));
        timings[name] = took;
        // Soft: every page is visited and reported, whatever an earlier one showed.
        expect.soft(found, `${path} in ${language} on a ${device}`).toEqual([]);
      };

      for (const { name, path } of Object.values(pagesToVisit(seed))) await visit(name, path);
      await context.clearCookies();
      await context.addCookies([languageCookie]);
      await visit("sign-in", SIGN_IN);
      await context.close();
      writeFileSync(join(shotsDir, `timings-${language}-${device}.json`), `${JSON.stringify(timings, null, 1)}\n`);
    });
  }
}
