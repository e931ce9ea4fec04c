import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { api, submitProcessed } from "./api";
import { e2eEnv } from "./env";

const { baseUrl, apiToken } = e2eEnv();
test.use({ baseURL: baseUrl });

// An invented agreement (our own sentences); the run's id, spelled in Arabic letters, keeps its text new.
const LETTERS = "ابتثجحخدذرزسشصضط";
const WORD = `رصد${[...randomUUID().slice(0, 8)].map((c) => LETTERS[Number.parseInt(c, 16)]).join("")}`;
const AGREEMENT = `وقعت مصر وباكستان اليوم في القاهرة مذكرة تفاهم للتعاون في مجال الصناعات الدفاعية باسم ${WORD}.\nوأكد الجانبان أهمية تطوير العلاقات العسكرية بين البلدين.`;

// An invented officer's two visits; the second holds the run's word so it is new to the store.
const OFFICER = "وليد الحمادي";
const FIRST_VISIT = `وصل اللواء ${OFFICER} قائد القوات الجوية الليبية إلى تونس اليوم في زيارة رسمية.\nوتبحث الزيارة التعاون العسكري بين ليبيا وتونس.`;
const NEXT_VISIT = `وصل اللواء ${OFFICER} قائد القوات الجوية الليبية إلى الجزائر اليوم في زيارة رسمية تتناول ${WORD}.\nوتبحث الزيارة التعاون العسكري بين ليبيا والجزائر في مجال ${WORD}.`;

const bearer = () => ({ Authorization: `Bearer ${apiToken}`, "Content-Type": "application/json" });

test("make event-type and topic rules on the watchlist page, change one, and get the event-type rule's alert", async ({
  page,
}) => {
  const created = await fetch(`${baseUrl}/api/v1/watchlists`, {
    method: "POST",
    headers: bearer(),
    body: JSON.stringify({ name: `Rules ${WORD}` }),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/watchlists/${id}`);
  const form = page.getByTestId("add-rule");
  const rules = page.getByTestId("watch-rule");

  await test.step("follow agreements in Egypt", async () => {
    await form.locator('select[name="kind"]').selectOption("event-type");
    await form.locator('select[name="eventType"]').selectOption("agreement");
    await form.locator('select[name="country"]').selectOption("EG");
    await form.getByRole("button", { name: /Add the rule/ }).click();
    // The rule reads in the interface's languages (Arabic first, English beside it); the state by name.
    await expect(rules.filter({ hasText: "اتفاق · agreement · مصر" })).toHaveCount(1);
  });

  await test.step("follow a topic, then change it for another", async () => {
    await form.locator('select[name="kind"]').selectOption("topic");
    await form.locator('select[name="topic"]').selectOption("training");
    await form.getByRole("button", { name: /Add the rule/ }).click();
    await expect(rules.filter({ hasText: "training" })).toHaveCount(1);
    await rules.filter({ hasText: "training" }).getByRole("button", { name: /Remove/ }).click();
    await rules.filter({ hasText: "training" }).getByRole("button", { name: /Confirm remove/ }).click();
    await expect(rules.filter({ hasText: "training" })).toHaveCount(0);
    await form.locator('select[name="topic"]').selectOption("defense-industry");
    await form.getByRole("button", { name: /Add the rule/ }).click();
    await expect(rules.filter({ hasText: "defence industry" })).toHaveCount(1);
    await expect(rules).toHaveCount(2);
  });

  await test.step("the list of watchlists says what kind each rule is", async () => {
    await page.goto("/watchlists");
    const row = page.getByRole("row").filter({ hasText: `Rules ${WORD}` });
    await expect(row).toContainText(/\(نوع حدث.*event type\)/);
    await expect(row).toContainText(/\(موضوع.*topic\)/);
    await page.goto(`/watchlists/${id}`);
  });

  await test.step("a new agreement in Egypt alerts the event-type rule", async () => {
    const submitted = await fetch(`${baseUrl}/api/v1/articles`, {
      method: "POST",
      headers: bearer(),
      body: JSON.stringify({ text: AGREEMENT, publishedAt: "2026-03-03" }),
    });
    expect(submitted.status).toBe(201);
    const { id: articleId } = (await submitted.json()) as { id: string };
    await expect
      .poll(
        async () => {
          const list = (await (
            await fetch(`${baseUrl}/api/v1/alerts?watchlistId=${id}`, { headers: bearer() })
          ).json()) as {
            items: Array<{ ruleLabel: string; articleId: string; kind: string }>;
          };
          return list.items
            .filter((a) => a.articleId === articleId && a.ruleLabel === "agreement · EG")
            .map((a) => a.kind);
        },
        { timeout: 60_000 },
      )
      .toEqual(["new-event"]);
  });
});

test("follow a person's visits from the watchlist page, get his alert, and remove and delete only after confirming", async ({
  page,
}) => {
  await submitProcessed(FIRST_VISIT);
  const name = `Officer ${WORD}`;
  const { id } = await api<{ id: string }>("/api/v1/watchlists", { method: "POST", body: { name } });
  await page.goto(`/watchlists/${id}`);
  const form = page.getByTestId("add-rule");
  const rules = page.getByTestId("watch-rule");

  await test.step("a state and a person are not offered together", async () => {
    await form.locator('select[name="country"]').selectOption("LY");
    await expect(form.getByTestId("state-or-person")).toBeVisible();
    await expect(form.getByRole("searchbox")).toHaveCount(0);
    await form.locator('select[name="country"]').selectOption("");
    await expect(form.getByTestId("state-or-person")).toHaveCount(0);
  });

  await test.step("pick him by name and follow his visits: the rule names the type and him", async () => {
    await form.locator('select[name="eventType"]').selectOption("visit");
    await form.getByRole("searchbox").fill(OFFICER);
    await form.getByRole("button", { name: new RegExp(OFFICER) }).click();
    await expect(form.getByTestId("rule-person")).toContainText(OFFICER);
    // Once he is picked, no state can be added beside him.
    await expect(form.locator('select[name="country"]')).toHaveCount(0);
    await form.getByRole("button", { name: /Add the rule/ }).click();
    await expect(rules).toHaveCount(1);
    await expect(rules).toHaveText(new RegExp(`زيارة · visit · ${OFFICER}`));
  });

  await test.step("a new visit of his alerts the rule", async () => {
    const articleId = await submitProcessed(NEXT_VISIT);
    await expect
      .poll(
        async () => {
          const list = (await (
            await fetch(`${baseUrl}/api/v1/alerts?watchlistId=${id}`, { headers: bearer() })
          ).json()) as { items: Array<{ articleId: string; kind: string }> };
          return list.items.filter((a) => a.articleId === articleId).map((a) => a.kind);
        },
        { timeout: 60_000 },
      )
      .toEqual(["new-event"]);
  });

  await test.step("removing the rule asks first: cancel keeps it, confirm removes it and says so", async () => {
    await rules.getByRole("button", { name: /Remove/ }).click();
    await rules.getByRole("button", { name: /Cancel/ }).click();
    await expect(rules).toHaveCount(1);
    await expect(rules.getByRole("button", { name: /Confirm remove/ })).toHaveCount(0);
    await rules.getByRole("button", { name: /Remove/ }).click();
    await rules.getByRole("button", { name: /Confirm remove/ }).click();
    await expect(rules).toHaveCount(0);
    await expect(page.getByTestId("watchlist-action-result")).toContainText("The rule was removed");
  });

  await test.step("deleting the watchlist asks first: cancel keeps it, confirm deletes it and says which", async () => {
    await page.getByRole("button", { name: /Delete watchlist/ }).click();
    await page.getByTestId("confirm-delete").getByRole("button", { name: /Cancel/ }).click();
    await expect(page.getByTestId("confirm-delete")).toHaveCount(0);
    expect((await fetch(`${baseUrl}/api/v1/watchlists/${id}`, { headers: bearer() })).status).toBe(200);
    await page.getByRole("button", { name: /Delete watchlist/ }).click();
    await page.getByTestId("confirm-delete").getByRole("button", { name: /Confirm delete/ }).click();
    await expect(page).toHaveURL(/\/watchlists\?deleted=/);
    await expect(page.getByTestId("watchlist-deleted")).toContainText(name);
    expect((await fetch(`${baseUrl}/api/v1/watchlists/${id}`, { headers: bearer() })).status).toBe(404);
    await expect(page.getByTestId("watchlist-row").filter({ hasText: name })).toHaveCount(0);
  });
});
