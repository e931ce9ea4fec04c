import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { api } from "./api";
import { e2eEnv, STORAGE_STATE } from "./env";

/**
 * What a new analyst still tripped over, checked in Arabic and in English at phone width
 * (390×844): typed dates, the quotation marks of a saved search, the map card's dates, an
 * article's events on a phone, the alerts' "show read" box and field errors from the server.
 */

const { baseUrl } = e2eEnv();
const messagesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "messages");
const catalogue = (language: "ar" | "en") => JSON.parse(readFileSync(join(messagesDir, `${language}.json`), "utf8")) as Record<string, unknown>;
/** A message of the catalogue as plain text (its `<tags>` dropped), for comparing with the page. */
function message(language: "ar" | "en", key: string): string {
  const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue(language));
  return String(text).replace(/<\/?[a-z]+>/g, "");
}

const LANGUAGES = ["ar", "en"] as const;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const LONG_DAY = { ar: "5 فبراير 2026", en: "5 February 2026" };

// An invented report (fictional officers, real cities), written for this test.
const RUN = randomUUID().slice(0, 8);
const HOST = "مهند السعدوني";
const REPORT = `القاهرة - استقبل اللواء ${HOST} قائد المنطقة الشمالية، يوم الخميس 5 فبراير 2026 بالقاهرة، العميد نادر القصاب مدير كلية الأركان، وبحث الجانبان خطة التدريب المشترك للعام المقبل وتبادل الوفود بين الكليتين في المواسم القادمة. (تقرير اختبار الهاتف ${RUN})`;

let article = "";
let event = "";

test.beforeAll(async () => {
  test.setTimeout(90_000);
  ({ id: article } = await api<{ id: string }>("/api/v1/articles", {
    method: "POST",
    body: { text: REPORT, source: "وكالة الاختبار", publishedAt: "2026-02-05" },
  }));
  await expect.poll(async () => (await api<{ status: string }>(`/api/v1/articles/${article}`)).status, { timeout: 60_000 }).toBe("done");
  const people = await api<{ items: { id: string; name: string }[] }>(`/api/v1/entities?type=person&q=${encodeURIComponent(HOST)}`);
  const host = people.items.find((p) => p.name.includes("السعدوني"))?.id;
  expect(host, "the host of the invented report is a person").toBeDefined();
  const events = await api<{ items: { id: string }[] }>(`/api/v1/events?personId=${host}`);
  event = events.items[0]?.id ?? "";
  expect(event, "the invented meeting is an event").not.toBe("");
});

async function phonePage(browser: Browser, language: "ar" | "en"): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, baseURL: baseUrl, locale: language, storageState: STORAGE_STATE });
  await context.addCookies([{ name: "marsad-ui", value: language, url: baseUrl! }]);
  return context.newPage();
}

/** Hydrated with its queries answered (the app marks <html data-queries=idle>). */
async function settled(page: Page) {
  await page.locator("html[data-queries=idle]").waitFor({ state: "attached" });
}

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, "the page scrolls sideways").toBeLessThanOrEqual(client);
}

for (const language of LANGUAGES) {
  test.describe(`${language}, phone`, () => {
    test("a date is typed year first, read back in the interface language, and refused when it is no day", async ({ browser }) => {
      const page = await phonePage(browser, language);
      await page.goto("/events");
      await settled(page);
      const from = page.locator(".filters input[data-date-field]").first();
      await expect(from).toHaveAttribute("type", "text");
      await expect(from).toHaveAttribute("placeholder", message(language, "common.dateField.placeholder"));
      const hint = page.locator(`#${await from.getAttribute("aria-describedby")}`);
      await expect(hint).toHaveText(message(language, "common.dateField.yearFirst"));

      await from.fill("2026-02-30");
      await from.blur();
      await expect(hint).toHaveText(message(language, "common.dateField.notADay"));
      await expect(from).toHaveAttribute("aria-invalid", "true");
      expect(page.url()).not.toContain("from=");

      // Arabic-Indic digits are read as the same day.
      await from.fill("٢٠٢٦-٠٢-٠٥");
      await expect(page).toHaveURL(/from=2026-02-05/);
      await expect(hint).toHaveText(LONG_DAY[language]);
      await expect(from).not.toHaveAttribute("aria-invalid", "true");
      await expectNoSidewaysScroll(page);
      await page.context().close();
    });

    test("a saved search is named and shown between the interface's quotation marks", async ({ browser }) => {
      const page = await phonePage(browser, language);
      const word = `جيش${RUN}${language}`;
      const quoted = language === "ar" ? `«${word}»` : `“${word}”`;
      await page.goto(`/articles?q=${encodeURIComponent(word)}`);
      await settled(page);
      await page.getByTestId("follow").click();
      const followed = page.getByTestId("followed");
      await expect(followed).toContainText(quoted);
      await followed.getByRole("link").click();
      await settled(page);
      await expect(page.locator(".site-main")).toContainText(quoted);
      await expect(page.locator(".site-main")).not.toContainText(language === "ar" ? `“${word}”` : `«${word}»`);
      await expectNoSidewaysScroll(page);
      await page.context().close();
    });

    test("the map's card dates events in the interface language", async ({ browser }) => {
      const page = await phonePage(browser, language);
      await page.goto("/map");
      await settled(page);
      const marker = page.locator(`[data-testid="map-event"][data-event-ids~="${event}"]`);
      await marker.focus();
      await marker.press("Enter");
      const card = page.getByTestId("event-card");
      await expect(card).toContainText(LONG_DAY[language]);
      await expect(card).not.toContainText("2026-02-05");
      await expectNoSidewaysScroll(page);
      await page.context().close();
    });

    test("an article's events wrap on a phone instead of scrolling sideways", async ({ browser }) => {
      const page = await phonePage(browser, language);
      await page.goto(`/articles/${article}`);
      await settled(page);
      const table = page.locator("table.stacked-on-phone");
      await expect(table).toBeVisible();
      const { scroll, client, label } = await table.evaluate((element) => {
        const summary = element.querySelector("td.cell-prose");
        return {
          scroll: element.scrollWidth,
          client: element.clientWidth,
          label: summary ? getComputedStyle(summary, "::before").content : "",
        };
      });
      expect(scroll, "the events table scrolls sideways").toBeLessThanOrEqual(client);
      // Each cell is shown under its column's name, since the header row is not.
      expect(label).toContain(message(language, "articles.item.extractionSections.summary"));
      await expectNoSidewaysScroll(page);
      await page.context().close();
    });

    test("the alerts' 'show read' box sits on its label's line, at the start edge", async ({ browser }) => {
      const page = await phonePage(browser, language);
      await page.goto("/alerts");
      await settled(page);
      const box = page.getByRole("checkbox", { name: message(language, "alerts.alertsInbox.showRead") });
      const label = page.locator("label", { has: box });
      const boxRect = (await box.boundingBox())!;
      const labelRect = (await label.boundingBox())!;
      expect(boxRect.width, "the box keeps its own size").toBeLessThan(32);
      expect(labelRect.height, "box and words on one line").toBeLessThan(boxRect.height * 2.5);
      const boxCentre = boxRect.x + boxRect.width / 2;
      const labelCentre = labelRect.x + labelRect.width / 2;
      if (language === "ar") expect(boxCentre, "the box is on the right in Arabic").toBeGreaterThan(labelCentre);
      else expect(boxCentre, "the box is on the left in English").toBeLessThan(labelCentre);
      await page.context().close();
    });

    test("errors the server finds in a field are told in the interface language", async ({ browser }) => {
      const page = await phonePage(browser, language);
      const other = language === "ar" ? "en" : "ar";
      await page.goto("/submit");
      await settled(page);
      const submit = page.locator("form", { has: page.locator("#url") }).locator("button[type=submit]");
      await page.locator("#url").fill("ftp://example.org/report.txt");
      await submit.click();
      const urlError = page.locator("#url-error");
      await expect(urlError).toHaveText(message(language, "errors.field.url"));
      await expect(urlError).not.toContainText(message(other, "errors.field.url"));
      await expect(page.locator(".site-main")).not.toContainText("must be an http(s) URL");

      // A date that is no day is stopped before it is sent, and said so under the field.
      await page.locator("#url").fill("");
      await page.locator("#text").fill(`نص تجريبي قصير ${RUN}`);
      await page.locator("#publishedAt").fill("2026-13-01");
      await submit.click();
      await expect(page.locator("#publishedAt")).toBeFocused();
      await expect(page.locator(".date-hint")).toHaveText(message(language, "common.dateField.notADay"));

      await page.goto("/users");
      await settled(page);
      await page.locator("#new-username").fill("a");
      await page.locator("#new-user-password").fill("a password long enough");
      const newUser = page.locator("form", { has: page.locator("#new-username") });
      await newUser.locator("button[type=submit]").click();
      const problem = newUser.locator("p.error [data-error-code]");
      await expect(problem).toHaveAttribute("data-error-code", "too_small");
      await expect(problem).toContainText(message(language, "errors.fields.username"));
      await expect(problem).not.toContainText("username must be");
      await expectNoSidewaysScroll(page);
      await page.context().close();
    });
  });
}
