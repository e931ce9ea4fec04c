import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { e2eEnv } from "./env";

const { baseUrl, apiToken } = e2eEnv();
test.use({ baseURL: baseUrl });

// An invented agreement (our own sentences); the run's id, spelled in Arabic letters, keeps its text new.
const LETTERS = "ابتثجحخدذرزسشصضط";
const WORD = `رصد${[...randomUUID().slice(0, 8)].map((c) => LETTERS[Number.parseInt(c, 16)]).join("")}`;
const AGREEMENT = `وقعت مصر وباكستان اليوم في القاهرة مذكرة تفاهم للتعاون في مجال الصناعات الدفاعية باسم ${WORD}.\nوأكد الجانبان أهمية تطوير العلاقات العسكرية بين البلدين.`;

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
    await form.getByRole("button").click();
    // The rule reads in the interface's languages (Arabic first, English beside it); the state by name.
    await expect(rules.filter({ hasText: "اتفاق · agreement · مصر" })).toHaveCount(1);
  });

  await test.step("follow a topic, then change it for another", async () => {
    await form.locator('select[name="kind"]').selectOption("topic");
    await form.locator('select[name="topic"]').selectOption("training");
    await form.getByRole("button").click();
    await expect(rules.filter({ hasText: "training" })).toHaveCount(1);
    await rules.filter({ hasText: "training" }).getByRole("button").click();
    await expect(rules.filter({ hasText: "training" })).toHaveCount(0);
    await form.locator('select[name="topic"]').selectOption("defense-industry");
    await form.getByRole("button").click();
    await expect(rules.filter({ hasText: "defence industry" })).toHaveCount(1);
    await expect(rules).toHaveCount(2);
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
