import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { ARTIFACTS_DIR, e2eEnv } from "./env";

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl });

test("the interface switches between both languages, Arabic only and English only", async ({ page }) => {
  await page.goto("/articles");
  const html = page.locator("html");
  const nav = page.locator("nav.site-nav");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(nav).toContainText("الأحداث");
  await expect(nav).toContainText("Events");

  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(html).toHaveAttribute("dir", "ltr");
  await expect(html).toHaveAttribute("lang", "en");
  await expect(nav).toContainText("Events");
  await expect(nav).not.toContainText("الأحداث");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
  await expect(page.getByLabel("Search the text", { exact: true })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS_DIR, "ui-en-articles.png"), fullPage: true });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
  await page.screenshot({ path: join(ARTIFACTS_DIR, "ui-en-overview.png"), fullPage: true });

  await page.getByRole("button", { name: "عربي", exact: true }).click();
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("نظرة عامة");
  await expect(nav).not.toContainText("Events");
  await page.screenshot({ path: join(ARTIFACTS_DIR, "ui-ar-overview.png"), fullPage: true });

  // Back to the default for the other tests of this browser context.
  await page.getByRole("button", { name: "عربي + English" }).click();
  await expect(nav).toContainText("Events");
  await expect(nav).toContainText("الأحداث");
});
