import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { ARTIFACTS_DIR, e2eEnv } from "./env";

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl });

// A made-up report (fictional officers) that states no date and is submitted with none.
const RUN = randomUUID().slice(0, 8);
const UNDATED = `التقى العميد وضاح القيسي قائد لواء المدرعات الأردني في الزرقاء الجنرال فابيو لوري قائد البعثة الإيطالية، وبحثا برامج التدريب المشترك. (مرجع ${RUN})`;

test("an article that states no date is undated everywhere, never on the day it arrived", async ({ page, request }) => {
  const response = await request.post("/api/v1/articles", { data: { text: UNDATED } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/articles/${id}`)).json()) as { status: string }).status, { timeout: 60_000 })
    .toBe("done");

  await test.step("the article page says its publication date is unknown", async () => {
    await page.goto(`/articles/${id}`);
    await expect(page.getByTestId("published")).toContainText("غير معروف");
  });

  await test.step("the timeline lists its event apart, with the day it arrived as a hint", async () => {
    await page.goto("/events");
    const undated = page.getByTestId("timeline-undated");
    await expect(undated).toContainText("وضاح القيسي");
    await expect(undated.locator('[data-undated="true"]').first()).toContainText(new Date().toISOString().slice(0, 10));
    await expect(page.getByTestId("timeline")).not.toContainText("وضاح القيسي");
  });

  await test.step("the profile lists the rank apart, from an article of unknown date", async () => {
    await page.getByTestId("timeline-undated").getByRole("link", { name: "وضاح القيسي", exact: true }).first().click();
    await expect(page.getByTestId("undated-titles")).toContainText("العميد");
    await expect(page.getByTestId("mentions-undated")).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS_DIR, "undated-profile.png"), fullPage: true });
  });
});
