import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ARTIFACTS_DIR, e2eEnv } from "./env";

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl });

const RUN = randomUUID().slice(0, 8);
const MONTHS = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "مايو",
  "يونيو",
  "يوليو",
  "أغسطس",
  "سبتمبر",
  "أكتوبر",
  "نوفمبر",
  "ديسمبر",
];

/** A day two days ago, as `YYYY-MM-DD` and as an Arabic newspaper writes it, so the event lands in the 30-day charts. */
function recentDay() {
  const d = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
  return {
    iso: d.toISOString().slice(0, 10),
    arabic: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  };
}
const DAY = recentDay();

// Made-up news items (fictional officers in real states), written for this test.
const MEETING = `استقبل الفريق أول ماجد السلماني، رئيس أركان القوات المسلحة المصرية، يوم ${DAY.arabic} في القاهرة اللواء طارق العبادلة، قائد سلاح الجو الأردني، والوفد المرافق له.
وبحث الجانبان خلال اللقاء سبل تعزيز التعاون العسكري بين مصر والأردن في مجالات التدريب وتبادل الخبرات، بحضور ممثلين عن الهيئة العربية للتصنيع.
وأكد السلماني أن العلاقات بين البلدين تشهد تطوراً ملحوظاً. (مرجع الاختبار ${RUN})`;
const SECOND = `التقى العميد نادر الخطيب، مدير الكلية الحربية المصرية، يوم ${DAY.arabic} في الإسكندرية وفداً من الضباط لبحث برامج التأهيل.
وقال الخطيب إن الكلية ستفتح دورات جديدة العام المقبل. (مرجع ثانٍ ${RUN})`;

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

/** Submits through the HTTP API and waits until the worker has processed the article. */
async function submitAndProcess(request: APIRequestContext, text: string, source: string): Promise<string> {
  const response = await request.post("/api/v1/articles", { data: { text, source, publishedAt: DAY.iso } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await expect
    .poll(
      async () => ((await (await request.get(`/api/v1/articles/${id}`)).json()) as { status: string }).status,
      {
        timeout: 60_000,
      },
    )
    .toBe("done");
  return id;
}

test("the analyst pages show what the worker extracted from a submitted article", async ({
  page,
  request,
}) => {
  const articleId = await test.step("submit two articles and wait until both are processed", async () => {
    const id = await submitAndProcess(request, MEETING, "وكالة الواحة للأنباء");
    await submitAndProcess(request, SECOND, "صحيفة الرمال");
    return id;
  });

  await test.step("overview: totals, charts, statuses, latest events", async () => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("نظرة عامة");
    await expect(page.getByTestId("total-articles")).toContainText("2");
    await expect(page.getByTestId("total-events")).not.toContainText(/^0/);
    await expect(page.locator('[data-testid="status-counts"] [data-status="done"] strong')).toHaveText("2");
    // Both articles were submitted today: today's bar is the only one, and it counts two.
    await expect(page.locator('[data-testid="chart-articles"] rect[data-value="2"]')).toHaveCount(1);
    await expect(page.locator('[data-testid="chart-events"] rect:not([data-value="0"])')).toHaveCount(1);
    await expect(page.getByTestId("latest-events")).toContainText("ماجد السلماني");
    await expect(page.locator('nav a[aria-current="page"]')).toContainText("Overview");
    await screenshot(page, "overview");
  });

  const profileUrl =
    await test.step("people directory: listed with mentions, found by a spelling variant", async () => {
      await page.goto("/people");
      const table = page.getByTestId("entity-directory");
      await expect(table).toContainText("ماجد السلماني");
      await expect(table).toContainText("طارق العبادلة");
      // Alef maqsura for ya and a missing hamza: the search still finds him.
      await page.getByLabel("بحث بالاسم · Search by name").fill("ماجد السلمانى");
      await expect(table.locator("tbody tr").first()).toContainText("ماجد السلماني");
      await expect(table).not.toContainText("نادر الخطيب");
      await screenshot(page, "people");
      await table.getByRole("link", { name: "ماجد السلماني" }).click();
      await expect(page).toHaveURL(/\/entities\/[0-9a-f-]{36}$/);
      return page.url();
    });

  await test.step("entity profile: titles, chart, events, who he met, articles", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ماجد السلماني");
    await expect(page.locator(".meta")).toContainText("مصر");
    await expect(page.getByTestId("aliases")).toContainText("ماجد السلماني");
    await expect(page.getByTestId("titles")).toContainText("الفريق أول");
    await expect(page.getByTestId("titles")).toContainText(DAY.iso);
    await expect(page.locator('[data-testid="chart-mentions"] rect:not([data-value="0"])')).toHaveCount(1);
    await expect(page.getByTestId("profile-events")).toContainText("طارق العبادلة");
    await expect(page.getByTestId("co-participants")).toContainText("طارق العبادلة");
    await expect(page.getByTestId("profile-articles").getByRole("link").first()).toHaveAttribute(
      "href",
      `/articles/${articleId}`,
    );
    await screenshot(page, "entity-profile");
  });

  await test.step("organizations and places directories", async () => {
    await page.goto("/organizations");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Organizations");
    // A body named only inside a title (قائد سلاح الجو الأردني) is part of the title; one that
    // takes part in the story is listed.
    await expect(page.getByTestId("entity-directory")).toContainText("الهيئة العربية للتصنيع");
    await screenshot(page, "organizations");
    await page.goto("/places");
    await expect(page.getByTestId("entity-directory")).toContainText("القاهرة");
    await screenshot(page, "places");
  });

  const eventUrl =
    await test.step("events timeline: grouped by day, filtered by country, type and person", async () => {
      await page.goto("/events");
      const timeline = page.getByTestId("timeline");
      await expect(timeline.locator(".timeline-date").first()).toHaveText(DAY.iso);
      await expect(timeline).toContainText("ماجد السلماني");
      await expect(timeline).toContainText("نادر الخطيب");
      await page.getByLabel("دولة أولى · First country").selectOption("EG");
      await expect(page).toHaveURL(/\?a=EG$/);
      await page.getByLabel("النوع · Type").selectOption("meeting");
      await expect(page).toHaveURL(/\?a=EG&type=meeting$/);
      await expect(timeline).toContainText("ماجد السلماني");
      const meeting = timeline.locator(".event-card", { hasText: "ماجد السلماني" });
      await expect(meeting.getByRole("link", { name: "طارق العبادلة", exact: true })).toBeVisible();
      await expect(meeting.locator(".event-sources a")).toHaveAttribute("href", `/articles/${articleId}`);
      await screenshot(page, "events");

      // ?person= narrows to one person's events.
      await page.goto(`/events?person=${profileUrl.split("/").pop()}`);
      await expect(page.getByTestId("person-filter")).toContainText("ماجد السلماني");
      await expect(timeline.locator(".event-card")).toHaveCount(1);
      await expect(timeline).not.toContainText("نادر الخطيب");
      await screenshot(page, "events-person");
      await meeting.locator(".event-date").click();
      await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
      return page.url();
    });

  await test.step("event detail: participants and coverage log", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ماجد السلماني");
    await expect(page.getByTestId("event-participants")).toContainText("طارق العبادلة");
    const coverage = page.getByTestId("coverage");
    await expect(coverage).toContainText("أول تغطية");
    await expect(coverage).toContainText("وكالة الواحة للأنباء");
    await expect(coverage.getByRole("link").first()).toHaveAttribute("href", `/articles/${articleId}`);
    expect(eventUrl).toContain("/events/");
    await screenshot(page, "event-detail");
  });

  await test.step("merge a duplicate into a profile, then split it back out", async () => {
    await page.goto("/people");
    await page.getByTestId("entity-directory").getByRole("link", { name: "طارق العبادلة" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("طارق العبادلة");
    const merge = page.getByTestId("merge-panel");
    await merge.getByLabel(/ابحث عن الكيان المكرر/).fill("نادر الخطيب");
    await merge.getByRole("button", { name: /نادر الخطيب/ }).click();
    await merge.getByRole("button", { name: /تأكيد الدمج/ }).click();
    // A space each side of the name: "تم دمج نادر الخطيب في هذا الكيان", never "الخطيبفي".
    await expect(page.getByTestId("merge-result")).toContainText("تم دمج نادر الخطيب في هذا الكيان");
    await expect(page.getByTestId("aliases")).toContainText("نادر الخطيب");
    await screenshot(page, "entity-merged");

    const split = page.getByTestId("split-panel");
    await split.getByLabel("نادر الخطيب").check();
    await split.getByRole("button", { name: /فصل · Split/ }).click();
    const result = page.getByTestId("split-result");
    await expect(result).toContainText("نادر الخطيب");
    await expect(page.getByTestId("aliases")).not.toContainText("نادر الخطيب");
    await screenshot(page, "entity-split");
    await result.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("نادر الخطيب");
  });

  await test.step("an unknown entity or event is a 404 page", async () => {
    expect((await page.goto(`/entities/${randomUUID()}`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Profile not found");
    expect((await page.goto(`/events/${randomUUID()}`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Event not found");
  });
});
