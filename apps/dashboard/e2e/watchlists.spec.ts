import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { submitProcessed } from "./api";
import { e2eEnv } from "./env";

const { baseUrl, apiToken } = e2eEnv();
test.use({ baseURL: baseUrl });

// Invented reports (fictional officer), written for this test; a word of this run makes the saved search match only them.
const RUN = randomUUID().slice(0, 8);
// The run's id spelled in Arabic letters: one searchable Arabic word no other article holds.
const LETTERS = "ابتثجحخدذرزسشصضط";
const WORD = `رصد${[...RUN].map((c) => LETTERS[Number.parseInt(c, 16)]).join("")}`;
const FIRST = `وصل اللواء نادر الساعدي قائد القوات البحرية الليبية إلى تونس اليوم في زيارة رسمية.\nوتبحث الزيارة التعاون العسكري بين ليبيا وتونس.`;
const NEXT = `وصل اللواء نادر الساعدي قائد القوات البحرية الليبية إلى الجزائر اليوم في زيارة رسمية تتناول ${WORD}.\nوتبحث الزيارة التعاون العسكري بين ليبيا والجزائر في مجال ${WORD}.`;

const bearer = () => ({ Authorization: `Bearer ${apiToken}`, "Content-Type": "application/json" });

test("follow from a profile, save a search, see the unread count rise after a submission, open the alert", async ({ page }) => {
  await submitProcessed(FIRST);
  const found = (await (await fetch(`${baseUrl}/api/v1/entities?q=${encodeURIComponent("نادر الساعدي")}&type=person`, { headers: bearer() })).json()) as {
    items: Array<{ id: string }>;
  };
  const personId = found.items[0]!.id;

  await test.step("follow him from his profile", async () => {
    await page.goto(`/entities/${personId}`);
    await page.getByTestId("follow").first().click();
    await expect(page.getByTestId("followed")).toBeVisible();
  });

  let visitsListId = "";
  await test.step("follow his visits from his profile: the watchlist names the rule in both languages", async () => {
    const visits = page.getByTestId("follow-event-type");
    await visits.locator('select[name="eventType"]').selectOption("visit");
    await visits.getByTestId("follow").click();
    await visits.getByTestId("followed").getByRole("link").click();
    await expect(page).toHaveURL(/\/watchlists\/[0-9a-f-]{36}$/);
    visitsListId = page.url().split("/").pop()!;
    // The type from the catalogues (Arabic, English beside it), his name as printed.
    await expect(page.getByTestId("watch-rule")).toHaveText(/زيارة · visit · نادر الساعدي/);
  });

  await test.step("save a search from the Articles page", async () => {
    await page.goto(`/articles?q=${encodeURIComponent(WORD)}`);
    await page.getByTestId("follow").click();
    await expect(page.getByTestId("followed")).toBeVisible();
  });

  await test.step("a new report raises the unread count in the navigation", async () => {
    await page.goto("/alerts");
    const before = Number(await page.getByTestId("inbox-unread").getAttribute("data-count"));
    const next = await submitProcessed(NEXT);
    // His visit (one event) and the saved search: two new alerts at least.
    await expect
      .poll(
        async () => {
          await page.reload();
          return Number((await page.getByTestId("unread-count").textContent({ timeout: 2000 }).catch(() => "0")) ?? "0");
        },
        { timeout: 60_000, intervals: [1000, 2000, 3000] },
      )
      .toBeGreaterThanOrEqual(before + 2);
    // His visit alerts the rule on his visits once.
    await expect
      .poll(
        async () => {
          const list = (await (await fetch(`${baseUrl}/api/v1/alerts?watchlistId=${visitsListId}`, { headers: bearer() })).json()) as {
            items: Array<{ articleId: string; kind: string }>;
          };
          return list.items.filter((a) => a.articleId === next).map((a) => a.kind);
        },
        { timeout: 60_000 },
      )
      .toEqual(["new-event"]);
  });

  await test.step("each alert reads in the interface language", async () => {
    // The saved search's alert names this run's word: the worker stored facts, the inbox words them.
    // (The event alerts of the same article quote the word too, so the kind picks the search's.)
    const ofThisRun = page.locator('[data-testid="alert"][data-kind="search"]').filter({ hasText: WORD }).first();
    const sentence = ofThisRun.getByTestId("alert-link");
    for (const [ui, said, unsaid] of [
      ["ar", "يطابق البحث المحفوظ", "Matches the saved search"],
      ["en", "Matches the saved search", "يطابق البحث المحفوظ"],
    ] as const) {
      await page.context().addCookies([{ name: "marsad-ui", value: ui, url: baseUrl! }]);
      await page.goto("/alerts");
      await expect(sentence).toContainText(said);
      await expect(sentence).not.toContainText(unsaid);
    }
    // The badge names an event alert's kind; the sentence beside it does not say it again.
    const eventAlert = page.locator('[data-testid="alert"][data-kind="new-event"]').first();
    await expect(eventAlert).toBeVisible();
    expect((await eventAlert.innerText()).match(/New event/g)).toHaveLength(1);
    await page.context().addCookies([{ name: "marsad-ui", value: "both", url: baseUrl! }]);
  });

  await test.step("open an alert: it leads to what is new and counts as read", async () => {
    await expect(page.getByTestId("alert").first()).toBeVisible();
    const unread = Number(await page.getByTestId("inbox-unread").getAttribute("data-count"));
    const link = page.locator('[data-testid="alert"][data-read="false"]').first().getByTestId("alert-link");
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/(events|articles|entities)\/[0-9a-f-]{36}$/);
    // Opening it marks it read on the way: wait for that before reloading the inbox, which would
    // cancel a request still in flight.
    const marked = page.waitForResponse((r) => r.url().includes("/api/trpc/") && r.url().includes("alerts.markRead"));
    await link.click();
    expect((await marked).ok()).toBe(true);
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await page.goto("/alerts");
    await expect(page.getByTestId("inbox-unread")).toHaveAttribute("data-count", String(unread - 1));
  });
});
