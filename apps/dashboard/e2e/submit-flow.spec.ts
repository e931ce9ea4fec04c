import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ARTIFACTS_DIR, e2eEnv } from "./env";

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl });

const ARTIFACTS = ARTIFACTS_DIR;

// A made-up news item (fictional people and places), written for this test.
const RUN = randomUUID().slice(0, 8);
const ARTICLE = `عقد اللواء سامر الحديدي، قائد المنطقة الشمالية في جيش جمهورية الواحة، اجتماعاً موسعاً صباح الثلاثاء في مدينة النخيل مع العميد رائد الكرمي من قوات حرس الحدود.
وبحث الجانبان خطط التدريب المشترك وتأمين الطرق الصحراوية بين المدينتين، واتفقا على إجراء مناورة ليلية مطلع الشهر المقبل.
وقال الحديدي في بيان عقب الاجتماع إن التنسيق بين الوحدات "يضمن سرعة الاستجابة لأي طارئ". (مرجع الاختبار ${RUN})`;

const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">`;
const HOSTILE = `مقال يحتوي على شيفرة معادية للاختبار ${RUN}: ${PAYLOAD} نهاية المقال.`;

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Submits a text through the form and returns the new article's id. */
async function submitThroughForm(
  page: Page,
  text: string,
  extra: { title?: string; source?: string; date?: string } = {},
) {
  await page.goto("/submit");
  await page.getByLabel("نص المقال / Article text").fill(text);
  if (extra.title) await page.getByLabel(/العنوان \/ Title/).fill(extra.title);
  if (extra.source) await page.getByLabel(/المصدر \/ Source/).fill(extra.source);
  if (extra.date) await page.getByLabel(/تاريخ النشر \/ Publication date/).fill(extra.date);
  await page.getByRole("button", { name: /إرسال · Submit/ }).click();
  const result = page.getByTestId("submit-result");
  await expect(result).toContainText("Article received");
  const href = await result.getByRole("link").getAttribute("href");
  const id = href?.split("/").pop();
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id!;
}

test("an Arabic article goes from the submit form to a processed, right-to-left article page", async ({
  page,
}) => {
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      cspViolations.push(message.text());
  });

  const id = await test.step("submit the article", async () => {
    await page.goto("/submit");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await screenshot(page, "1-submit-empty");
    const articleId = await submitThroughForm(page, ARTICLE, {
      source: "وكالة الواحة للأنباء",
      date: "2026-01-13",
    });
    await expect(page.getByTestId("submit-result")).toContainText(/queued|processing|done/);
    await screenshot(page, "2-submit-done");
    return articleId;
  });

  await test.step("the list shows it processed", async () => {
    await page.goto("/articles");
    const row = page.locator(`[data-article-id="${id}"]`);
    await expect(row).toBeVisible();
    // The list refreshes itself while the article is queued/processing.
    await expect(row).toHaveAttribute("data-status", "done", { timeout: 60_000 });
    await expect(row.locator(".badge")).toContainText("تمت المعالجة");
    await screenshot(page, "3-articles-list");
    await row.getByRole("link").click();
  });

  await test.step("the article page shows the text right-to-left", async () => {
    await expect(page).toHaveURL(new RegExp(`/articles/${id}$`));
    const text = page.getByTestId("article-text");
    await expect(text).toHaveAttribute("dir", "rtl");
    await expect(text).toHaveAttribute("lang", "ar");
    await expect(text).toContainText("اللواء سامر الحديدي");
    await expect(page.locator(".meta")).toContainText("وكالة الواحة للأنباء");
    await expect(page.locator(".meta")).toContainText("2026-01-13");
    await screenshot(page, "4-article-page");
  });

  await test.step("markup inside an article is shown as text and never runs", async () => {
    // The payload is in the title too: a submitter's title is stored verbatim, whatever the
    // extractor's cleaning does to the body.
    const hostileId = await submitThroughForm(page, HOSTILE, { title: PAYLOAD });
    await page.goto(`/articles/${hostileId}`);
    const article = page.locator(`[data-article-id="${hostileId}"]`);
    await expect(article).toHaveAttribute("data-status", "done", { timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAYLOAD);
    const stored = (await (await page.request.get(`/api/v1/articles/${hostileId}`)).json()) as {
      cleanedText: string;
    };
    const text = page.getByTestId("article-text");
    if (stored.cleanedText.includes(PAYLOAD)) await expect(text).toContainText(PAYLOAD);
    else await expect(text).toContainText("شيفرة معادية");
    await expect(page.locator("main img, main script")).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await screenshot(page, "5-hostile-article");

    await page.goto("/articles");
    await expect(page.locator(`[data-article-id="${hostileId}"] .article-title`)).toHaveText(PAYLOAD);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  await test.step("an unknown article is a 404 page", async () => {
    const response = await page.goto(`/articles/${randomUUID()}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Article not found");
    await screenshot(page, "6-not-found");
  });

  expect(cspViolations).toEqual([]);
});
