import { expect } from "@playwright/test";
import { e2eEnv } from "./env";

/**
 * A call of the dashboard's HTTP API as the test admin (its API token): the answer's JSON, after
 * checking it succeeded. For seeding what a browser test then looks at.
 */
export async function api<T>(path: string, init?: { method: string; body: unknown }): Promise<T> {
  const { baseUrl, apiToken } = e2eEnv();
  const response = await fetch(`${baseUrl}${path}`, {
    method: init?.method ?? "GET",
    headers: { Authorization: `Bearer ${apiToken}`, "Content-Type": "application/json" },
    body: init ? JSON.stringify(init.body) : undefined,
  });
  expect(response.ok, `${init?.method ?? "GET"} ${path} answered ${response.status}`).toBe(true);
  return (await response.json()) as T;
}
