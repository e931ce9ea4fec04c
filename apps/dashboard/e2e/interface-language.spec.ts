import { expect, test, type Page } from "@playwright/test";
import { e2eEnv } from "./env";

/**
 * Every word of the interface comes from the chosen language's catalogue: in English the chrome
 * (header, navigation, headings, labels, buttons, table heads, options) holds no Arabic, and in
 * Arabic no English words. Data keeps its own language: whatever sits inside `<bdi>`, `dir="auto"`,
 * `dir="ltr"` or `<code>` is left out, and so is the language switch, which names each language
 * in itself.
 */

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl });

const PAGES = ["/", "/articles", "/events", "/people", "/organizations", "/places", "/map", "/network", "/queue", "/feeds", "/submit", "/watchlists", "/alerts", "/account", "/users"];

/** The chrome's own text, data and the language switch left out. */
async function chromeText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CHROME = "header, nav, h1, h2, h3, label, button, th, legend, dt, caption, option, .stat-label, .lead";
    const DATA = "bdi, [dir=auto], [dir=ltr], code, pre, .language-switch, script, style";
    const texts: string[] = [];
    for (const element of document.querySelectorAll(CHROME)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        if (!text || node.parentElement?.closest(DATA)) continue;
        texts.push(text);
      }
    }
    return [...new Set(texts)];
  });
}

async function chooseLanguage(page: Page, ui: "ar" | "en"): Promise<void> {
  await page.context().addCookies([{ name: "marsad-ui", value: ui, url: baseUrl ?? "http://127.0.0.1" }]);
}

/** Every page in one language: the chrome texts the other language's pattern finds, per page. */
async function otherLanguageOnPages(page: Page, ui: "ar" | "en", other: RegExp): Promise<Record<string, string[]>> {
  await chooseLanguage(page, ui);
  const found: Record<string, string[]> = {};
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", ui);
    await page.waitForLoadState("networkidle");
    const texts = (await chromeText(page)).filter((text) => other.test(text));
    if (texts.length) found[path] = texts;
  }
  return found;
}

test("in English no Arabic is printed by the interface", async ({ page }) => {
  expect(await otherLanguageOnPages(page, "en", /[\u0600-\u06FF]/)).toEqual({});
});

test("in Arabic no English label is printed by the interface", async ({ page }) => {
  // Acronyms that are names in Arabic text too (CSV, RSS, HTML, GraphML) are allowed.
  expect(await otherLanguageOnPages(page, "ar", /\b(?![A-Z]{2,}\b|GraphML\b|Atom\b)[A-Za-z]{2,}/)).toEqual({});
});

test("dates and numbers follow the interface language", async ({ page }) => {
  await chooseLanguage(page, "ar");
  await page.goto("/users");
  const arabicDate = await page.locator("time").first().textContent();
  expect(arabicDate).toMatch(/[\u0600-\u06FF]/);
  await chooseLanguage(page, "en");
  await page.goto("/users");
  const englishDate = await page.locator("time").first().textContent();
  expect(englishDate).toMatch(/^[\x20-\x7E]+$/);
});
