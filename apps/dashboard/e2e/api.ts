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

/** Submits an article's text through the API and waits until the worker has processed it. */
export async function submitProcessed(text: string, publishedAt = "2026-03-03"): Promise<string> {
  const { id } = await api<{ id: string }>("/api/v1/articles", { method: "POST", body: { text, publishedAt } });
  await expect
    .poll(async () => (await api<{ status: string }>(`/api/v1/articles/${id}`)).status, { timeout: 60_000 })
    .toBe("done");
  return id;
}
