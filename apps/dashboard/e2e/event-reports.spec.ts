import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ARTIFACTS_DIR, e2eEnv } from "./env";

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl });

const RUN = randomUUID().slice(0, 8);
// Two invented outlets' reports of one invented meeting in Amman.
const HOST = "عامر الزعبي";
const GUEST = "فواز الحريري";
const FIRST = `عمان - استقبل اللواء ${HOST} رئيس هيئة الأركان الأردنية، يوم 5 أبريل 2026 في عمان، العميد ${GUEST} قائد القوات البحرية اللبنانية، وبحث الجانبان التعاون في مجال التدريب. (مرجع ${RUN})`;
const SECOND = `بحث اللواء ${HOST} رئيس هيئة الأركان الأردنية مع العميد ${GUEST} قائد القوات البحرية اللبنانية في عمان يوم 5 أبريل 2026 سبل تطوير التعاون العسكري بين البلدين. (رقم ${RUN})`;

async function submitted(request: APIRequestContext, text: string) {
  const response = await request.post("/api/v1/articles", { data: { text, publishedAt: "2026-04-05" } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/articles/${id}`)).json()) as { status: string }).status, { timeout: 60_000 })
    .toBe("done");
  return id;
}

test("an event page says why a report joined, and an editor detaches it", async ({ page, request }) => {
  test.setTimeout(150_000);
  await submitted(request, FIRST);
  const second = await submitted(request, SECOND);

  const events = (await (await request.get(`/api/v1/events?include=articleIds&limit=50`)).json()) as {
    items: { id: string; articleIds: string[] }[];
  };
  const joined = events.items.find((e) => e.articleIds.includes(second) && e.articleIds.length === 2);
  expect(joined, "the two reports make one event").toBeDefined();

  await page.goto(`/events/${joined!.id}`);
  const why = page.getByTestId("report-join");
  await expect(why).toHaveCount(1);
  await expect(why).toContainText(/Joined because of|ضُمّ لأن/);
  await expect(why).toContainText(HOST);
  await page.screenshot({ path: join(ARTIFACTS_DIR, "event-report-join.png"), fullPage: true });

  await why.getByRole("button", { name: /Detach this report|فصل هذا التقرير/ }).click();
  await expect(page.getByTestId("coverage").locator("li")).toHaveCount(1);
  const log = page.getByTestId("correction-log");
  await expect(log).toContainText(/detached from the event|فصل عن الحدث/);
  const after = (await (await request.get(`/api/v1/events/${joined!.id}`)).json()) as { coverage: { articleId: string }[] };
  expect(after.coverage.map((c) => c.articleId)).not.toContain(second);
});
