/** `/metrics` on a throwaway database: Prometheus text with the API's answers and the store's state. */
import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as DepsModule from "../../server/deps";

let database: TestDatabase;
let deps: typeof DepsModule;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_URL = "redis://127.0.0.1:6379";
  process.env.QUEUE_PREFIX = `marsad-test-${randomUUID().slice(0, 8)}`;
  process.env.LOG_LEVEL = "silent";
  deps = await import("../../server/deps");
});

afterAll(async () => {
  await deps?.getServerDeps().queue.obliterate({ force: true }).catch(() => {});
  await deps?.getServerDeps().close();
  await database?.drop();
});

describe("GET /metrics", () => {
  it("counts API answers by status and reads articles by status and queue depth", async () => {
    const articles = await import("../api/v1/articles/route");
    const post = (body: unknown) =>
      articles.POST(new Request("http://dashboard.test/api/v1/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
    expect((await post({ text: `نص للاختبار ${randomUUID()}` })).status).toBe(201);
    expect((await post({ txt: "x" })).status).toBe(400);

    const { GET } = await import("./route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/marsad_api_responses_total\{status="201",app="marsad-dashboard"\} 1/);
    expect(text).toMatch(/marsad_api_responses_total\{status="400",app="marsad-dashboard"\} 1/);
    expect(text).toMatch(/marsad_articles\{status="queued",app="marsad-dashboard"\} 1/);
    expect(text).toMatch(/marsad_queue_jobs\{state="waiting",app="marsad-dashboard"\} 1/);
    expect(text).toContain("process_resident_memory_bytes");
  });
});
