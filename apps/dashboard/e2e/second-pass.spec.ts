import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { api, submitProcessed } from "./api";
import { e2eEnv } from "./env";

/**
 * What the second screenshot review of every page found and what was fixed: the watchlists list
 * in pages, form buttons at their own size, inputs in line under labels of different lengths,
 * tables of users and tokens as cards on a phone, and a code path in a sentence kept whole.
 * The third review added: a time kept on one line with its "ص", a word the two catalogues say
 * alike said once in the mixed mode, a date filter's label on one line, and deleting that does
 * not look like the next step.
 */

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl, actionTimeout: 15_000 });

const RUN = randomUUID().slice(0, 8);
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

async function useLanguage(page: Page, ui: "both" | "ar" | "en") {
  await page.context().addCookies([{ name: "marsad-ui", value: ui, url: baseUrl! }]);
}

/** No console error while the page is used. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("the watchlists list shows fifty at a time, with links to older and newer pages", async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  // 55 watchlists of this run, newest last: the first page is the newest 50 of everything.
  for (let i = 0; i < 55; i++) {
    await api("/api/v1/watchlists", { method: "POST", body: { name: `صفحات ${RUN} ${String(i).padStart(2, "0")}` } });
  }
  await useLanguage(page, "en");
  await page.goto("/watchlists");
  const rows = page.getByTestId("watchlist-row");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText(`صفحات ${RUN} 54`);
  await expect(rows.first()).toContainText("no rules yet");
  await expect(page.getByTestId("watchlists-newer")).toHaveCount(0);
  const firstPage = await rows.allInnerTexts();

  await page.getByTestId("watchlists-older").click();
  await expect(page).toHaveURL(/\/watchlists\?after=/);
  await expect(rows.first()).not.toHaveText(firstPage[0]!);
  const secondPage = await rows.allInnerTexts();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((row) => firstPage.includes(row))).toEqual([]);
  await expect(page.getByTestId("watchlists-older")).toHaveCount(secondPage.length === 50 ? 1 : 0);

  await page.getByTestId("watchlists-newer").click();
  await expect(page).toHaveURL(/\/watchlists\?before=/);
  await expect(rows).toHaveCount(50);
  expect(await rows.allInnerTexts()).toEqual(firstPage);
  await expect(page.getByTestId("watchlists-newer")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a watchlist's forms: Save and Add the rule at their own size, 'any state' instead of a dash", async ({ page }) => {
  const { id } = await api<{ id: string }>("/api/v1/watchlists", { method: "POST", body: { name: `نماذج ${RUN}` } });
  await useLanguage(page, "en");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/watchlists/${id}`);
  const save = page.getByRole("button", { name: "Save" });
  const webhook = page.getByRole("textbox", { name: /webhook/i });
  await expect(save).toBeVisible();
  const [saveBox, inputBox] = [await save.boundingBox(), await webhook.boundingBox()];
  expect(saveBox!.width, "Save is as wide as its word, not the panel").toBeLessThan(inputBox!.width / 3);

  const form = page.getByTestId("add-rule");
  const add = form.getByRole("button", { name: "Add the rule" });
  const state = form.getByRole("combobox", { name: /In a state/ });
  expect((await add.boundingBox())!.height, "Add the rule is one line high").toBeLessThanOrEqual((await state.boundingBox())!.height + 2);
  await expect(state.locator("option").first()).toHaveText("any state");
  // "(optional)" is a muted note beside the label, as on the Submit form, not part of the bold label.
  await expect(form.locator("label .optional")).toHaveCount(2);
  for (const note of await form.locator("label .optional").all()) {
    await expect(note).toHaveText("(optional)");
    expect(await note.evaluate((el) => getComputedStyle(el).fontWeight)).toBe("400");
  }
  await useLanguage(page, "ar");
  await page.reload();
  await expect(page.getByTestId("add-rule").locator('select[name="country"] option').first()).toHaveText("أي دولة");
  // A moment names its month in Arabic too ("4 ديسمبر 2026 …"), never "04/12/2026" (day or month first?).
  await expect(page.locator("article > p time")).toHaveText(/^\d{1,2} [\u0621-\u064A]+ \d{4}/);
});

test("the new-user form's inputs stand in one line when a label wraps (Arabic with English)", async ({ page }) => {
  await useLanguage(page, "both");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/users");
  const tops = await Promise.all(
    ["#new-username", "#new-user-password", "#new-user-role"].map(async (field) => Math.round((await page.locator(field).boundingBox())!.y)),
  );
  expect(Math.max(...tops) - Math.min(...tops), `input tops ${tops.join(", ")}`).toBeLessThanOrEqual(1);
});

test.describe("on a phone", () => {
  test.use(PHONE);

  test("users, tokens and people are cards: every value and action within the screen", async ({ page }) => {
    test.setTimeout(120_000);
    // An invented report (a fictional officer), so that the people directory has a row to show.
    await submitProcessed(
      `القاهرة - التقى اللواء منير الصافي قائد قوات الدفاع الجوي المصرية، يوم الأحد 8 مارس 2026، وفدًا عسكريًا أردنيًا لبحث التعاون. (تقرير تجريبي ${RUN})`,
    );
    for (const ui of ["ar", "en"] as const) {
      await useLanguage(page, ui);
      await page.goto("/users");
      const row = page.getByTestId("user-row").first();
      for (const button of [row.locator("select"), row.locator("button").last()]) {
        const box = (await button.boundingBox())!;
        expect(box.x, `${ui}: starts inside the screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${ui}: ends inside the screen`).toBeLessThanOrEqual(390);
      }
      await page.goto("/account");
      const revoke = page.getByTestId("token-row").getByRole("button").first();
      const box = (await revoke.boundingBox())!;
      expect(box.x + box.width, `${ui}: revoke inside the screen`).toBeLessThanOrEqual(390);
      expect(box.x).toBeGreaterThanOrEqual(0);

      // The people directory: a card per person, nothing hidden past the table's edge.
      await page.goto("/people");
      const directory = page.getByTestId("entity-directory");
      await expect(directory.locator("tbody tr").first()).toBeVisible();
      const { scroll, client } = await directory.evaluate((table) => ({ scroll: table.scrollWidth, client: table.clientWidth }));
      expect(scroll, `${ui}: the directory does not scroll sideways`).toBeLessThanOrEqual(client);
      const mentions = (await directory.locator("tbody tr").first().locator("td.num").boundingBox())!;
      expect(mentions.x + mentions.width, `${ui}: mentions inside the screen`).toBeLessThanOrEqual(390);
      // Each card line starts at the same edge, the figure's too.
      const cell = directory.locator("tbody tr").first().locator("td.num");
      expect(await cell.evaluate((td) => getComputedStyle(td).textAlign)).toBe("start");
    }
  });
});

test("the API token hint keeps /api/v1 and the header name whole, in their own direction", async ({ page }) => {
  await useLanguage(page, "ar");
  await page.goto("/account");
  await expect(page.locator('code[dir="ltr"]', { hasText: /^\/api\/v1$/ })).toBeVisible();
  await expect(page.locator('code[dir="ltr"]', { hasText: /^Authorization: Bearer$/ })).toBeVisible();
});

/**
 * Whether every `<time>` keeps its time on one line: the hour's first digit and the last letter
 * ("ص", "م", or the minutes) stand on the same line.
 */
async function timesSplitOverLines(page: Page): Promise<string[]> {
  return page.locator("time").evaluateAll((times) =>
    times.flatMap((time) => {
      const chars: { node: Text; offset: number; char: string }[] = [];
      const walker = document.createTreeWalker(time, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
        for (let offset = 0; offset < node.data.length; offset++) chars.push({ node, offset, char: node.data[offset]! });
      const colon = chars.map((c) => c.char).lastIndexOf(":");
      if (colon < 1) return [];
      let hour = colon - 1;
      while (hour > 0 && /\d/.test(chars[hour - 1]!.char)) hour--;
      let last = chars.length - 1;
      while (last > colon && /\s/.test(chars[last]!.char)) last--;
      const top = (i: number) => {
        const range = document.createRange();
        range.setStart(chars[i]!.node, chars[i]!.offset);
        range.setEnd(chars[i]!.node, chars[i]!.offset + 1);
        return range.getBoundingClientRect().top;
      };
      return Math.abs(top(hour) - top(last)) > 2 ? [time.textContent ?? ""] : [];
    }),
  );
}

test.describe("third pass, on a phone", () => {
  test.use(PHONE);

  test("a time stays on one line with its ص: the account's tokens and the users list", async ({ page }) => {
    for (const ui of ["ar", "both"] as const) {
      await useLanguage(page, ui);
      for (const path of ["/account", "/users"]) {
        await page.goto(path);
        await expect(page.locator("time").first()).toBeVisible();
        expect(await timesSplitOverLines(page), `${ui} ${path}`).toEqual([]);
      }
    }
  });
});

test("in both languages a word the catalogues say alike is said once; deleting is not the filled button", async ({ page }) => {
  const { id } = await api<{ id: string }>("/api/v1/watchlists", { method: "POST", body: { name: `مرة ${RUN}` } });
  await useLanguage(page, "both");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/watchlists/${id}`);
  const webhook = page.getByRole("heading", { name: /Webhook/ });
  await expect(webhook).toBeVisible();
  expect((await webhook.innerText()).match(/Webhook/g), "the webhook heading says Webhook once").toHaveLength(1);

  const mute = page.getByRole("button", { name: /Mute/ });
  const remove = page.getByRole("button", { name: /Delete watchlist/ });
  const [muteBox, removeBox] = [(await mute.boundingBox())!, (await remove.boundingBox())!];
  const gap = Math.max(removeBox.x - (muteBox.x + muteBox.width), muteBox.x - (removeBox.x + removeBox.width));
  expect(gap, "Mute and Delete stand apart").toBeGreaterThanOrEqual(8);
  expect(await remove.evaluate((b) => getComputedStyle(b).backgroundColor), "Delete is an outline, not the accent fill").toBe("rgb(255, 255, 255)");

  await page.goto("/articles");
  const exports = page.getByTestId("export-links").getByRole("link");
  expect(await exports.allInnerTexts()).toEqual(["CSV", "JSON"]);

  await page.goto("/map");
  await expect(page.locator(".map-svg, svg").first()).toBeVisible();
  expect((await page.locator("main").innerText()).match(/Natural Earth/g), "the base map is named once").toHaveLength(1);
});

test("a date filter's label reads on one line in both languages, and is as wide as its neighbours", async ({ page }) => {
  await useLanguage(page, "both");
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const path of ["/map", "/network"]) {
    await page.goto(path);
    const label = page.locator(".date-field > label").first();
    await expect(label).toBeVisible();
    const lines = await label.evaluate((l) => {
      const range = document.createRange();
      range.selectNodeContents(l);
      const tops = [...range.getClientRects()].map((r) => r.top).sort((a, b) => a - b);
      return tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 8).length;
    });
    expect(lines, `${path}: "من / From" on one line`).toBe(1);
    const select = page.locator("form.filters select").first();
    expect(await select.evaluate((el) => getComputedStyle(el).fontWeight), `${path}: a chosen value is not bold`).toBe("400");
  }
  await page.goto("/events");
  const filters = page.getByRole("search");
  const select = (await filters.locator("select").first().boundingBox())!;
  const date = (await filters.locator(".date-field input").first().boundingBox())!;
  expect(date.width / select.width, "the From field is as wide as the selects above it").toBeGreaterThan(0.95);
});
