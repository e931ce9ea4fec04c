import { defineConfig } from "@playwright/test";
import { e2eEnv, STORAGE_STATE } from "./e2e/env";

const { ci, chromiumPath } = e2eEnv();

/**
 * One browser test of the whole system. The global setup starts a throwaway database, the worker
 * and the built dashboard (`next build` runs first, see the "test:e2e" script). The browser is
 * Debian's Chromium: Playwright's own browser download is never used.
 */
export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  globalSetup: "./e2e/global-setup.ts",
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    trace: "on-first-retry",
    locale: "ar",
    // Signed in as the admin the global setup made; the access tests start their own contexts.
    storageState: STORAGE_STATE,
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1200, height: 900 } } }],
});
