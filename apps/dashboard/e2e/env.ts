import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where logs and screenshots go (separate folders let parallel runs of one checkout coexist). */
export const ARTIFACTS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  process.env.E2E_ARTIFACTS_DIR ?? "e2e-artifacts",
);

/** The signed-in state every browser context starts with (written by the global setup). */
export const STORAGE_STATE = join(ARTIFACTS_DIR, "storage-state.json");

/** The admin the global setup creates and signs in. */
export const ADMIN = { username: "e2e-admin", password: "e2e-admin-password" };

/** The environment of the browser test, read in one place. */
export function e2eEnv() {
  return {
    ci: Boolean(process.env.CI),
    chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    /** Admin URL of the Postgres server the throwaway database is created on. */
    postgresAdminUrl: process.env.MARSAD_E2E_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    /** Set by the global setup once the dashboard is up. */
    baseUrl: process.env.MARSAD_E2E_BASE_URL,
    /** Set by the global setup: the throwaway database the system under test uses. */
    databaseUrl: process.env.MARSAD_E2E_DATABASE_URL,
    /** Set by the global setup: an API token of the admin. */
    apiToken: process.env.MARSAD_E2E_API_TOKEN,
  };
}

/** The process environment to start the worker and the dashboard with. */
export function childEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

export function setBaseUrl(url: string): void {
  process.env.MARSAD_E2E_BASE_URL = url;
}

export function setDatabaseUrl(url: string): void {
  process.env.MARSAD_E2E_DATABASE_URL = url;
}

export function setApiToken(token: string): void {
  process.env.MARSAD_E2E_API_TOKEN = token;
}
