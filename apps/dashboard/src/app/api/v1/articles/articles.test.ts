/**
 * Integration test of the REST API: the exported route handlers, called with real `Request`s,
 * wired (through src/env.ts and src/server/deps.ts) to a throwaway Postgres database and to the
 * real Redis under a queue prefix of its own.
 */
import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createRedis, type ArticlesQueue } from "@marsad/queue";
import { MAX_SUBMISSION_BYTES } from "@marsad/schema";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as DepsModule from "../../../../server/deps";
import type * as SingleRoute from "./[id]/route";
import type * as CollectionRoute from "./route";

const BASE = "http://dashboard.test/api/v1/articles";
const REDIS_URL = "redis://127.0.0.1:6379";
const QUEUE_PREFIX = `marsad-test-${randomUUID().slice(0, 8)}`;

let database: TestDatabase;
let redis: Redis;
let queue: ArticlesQueue;
let collection: typeof CollectionRoute;
let single: typeof SingleRoute;
let deps: typeof DepsModule;

beforeAll(async () => {
  database = await createTestDatabase();
  // The routes read their configuration like in production: from the environment, once.
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_URL = REDIS_URL;
  process.env.QUEUE_PREFIX = QUEUE_PREFIX;
  process.env.LOG_LEVEL = "silent";
  collection = await import("./route");
  single = await import("./[id]/route");
  deps = await import("../../../../server/deps");
  redis = createRedis(REDIS_URL, "producer");
  queue = createArticlesQueue(redis, { prefix: QUEUE_PREFIX });
});

afterAll(async () => {
  await queue?.obliterate({ force: true }).catch(() => {});
  await queue?.close();
  redis?.disconnect();
  await deps?.getServerDeps().close();
  await database?.drop();
});

function post(
  body: unknown,
  headers: Record<string, string> = { "content-type": "application/json" },
): Promise<Response> {
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  return collection.POST(new Request(BASE, { method: "POST", headers, body: payload }));
}

function getOne(id: string): Promise<Response> {
  return single.GET(new Request(`${BASE}/${id}`), { params: Promise.resolve({ id }) });
}

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe("POST /api/v1/articles", () => {
  const text = "اجتمع قادة عسكريون في مدينة الواحة لبحث خطط التدريب المشترك للعام المقبل.";

  it("stores a new article (201) and queues its processing", async () => {
    const response = await post({
      text,
      title: "اجتماع عسكري",
      source: "وكالة الاختبار",
      publishedAt: "2026-01-11",
    });
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body).toEqual({ id: expect.any(String) as unknown, status: "queued" });
    expect(response.headers.get("location")).toBe(`/api/v1/articles/${String(body.id)}`);
    const job = await queue.getJob(String(body.id));
    expect(job?.data).toEqual({ articleId: body.id });
  });

  it("returns the existing article for the same text (200, duplicate), never a second copy", async () => {
    const first = await json(await post({ text: `${text} (نسخة)` }));
    const again = await post({ text: `  ${text}\n(نسخة)  ` });
    expect(again.status).toBe(200);
    expect(await json(again)).toEqual({ id: first.id, status: "queued", duplicate: true });
  });

  it("400 naming the bad field", async () => {
    const missing = await post({ title: "بلا نص" });
    expect(missing.status).toBe(400);
    expect(await json(missing)).toMatchObject({
      field: "text",
      error: expect.stringMatching(/^text/) as unknown,
    });

    const badDate = await post({ text: "نص", publishedAt: "أمس" });
    expect(await json(badDate)).toMatchObject({
      field: "publishedAt",
      error: expect.stringContaining("publishedAt") as unknown,
    });

    const unknown = await post({ text: "نص", auther: "x" });
    expect(unknown.status).toBe(400);
    expect(await json(unknown)).toEqual({ field: "auther", error: 'unknown field "auther"' });

    const malformed = await post('{"text": "نص"');
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).error).toMatch(/not valid JSON/);
  });

  it("415 for a body that is not JSON", async () => {
    const response = await post("text=hello", { "content-type": "application/x-www-form-urlencoded" });
    expect(response.status).toBe(415);
    expect(await json(response)).toHaveProperty("error");
  });

  it("413 over the size limit", async () => {
    const response = await post({ text: "x".repeat(MAX_SUBMISSION_BYTES) });
    expect(response.status).toBe(413);
    expect((await json(response)).error).toMatch(/larger than the limit/);
  });
});

describe("GET /api/v1/articles/{id}", () => {
  it("returns everything known about the article", async () => {
    const { id } = await json(
      await post({ text: "خبر قصير للاختبار <script>alert(1)</script>", url: "https://example.com/a" }),
    );
    const response = await getOne(String(id));
    expect(response.status).toBe(200);
    const article = await json(response);
    expect(article).toMatchObject({
      id,
      status: "queued",
      rawText: "خبر قصير للاختبار <script>alert(1)</script>",
      url: "https://example.com/a",
      title: null,
      extraction: null,
      attempts: 0,
    });
    expect(article.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Object.keys(article)).toEqual(
      expect.arrayContaining([
        "contentHash",
        "cleanedText",
        "language",
        "publishedAt",
        "extractorVersion",
        "processedAt",
        "updatedAt",
        "error",
      ]),
    );
  });

  it("404 for an unknown id, 400 for a malformed one", async () => {
    const missing = await getOne(randomUUID());
    expect(missing.status).toBe(404);
    expect(await json(missing)).toHaveProperty("error");
    const malformed = await getOne("not-a-uuid");
    expect(malformed.status).toBe(400);
    expect(await json(malformed)).toMatchObject({ field: null });
  });
});

describe("GET /api/v1/articles", () => {
  it("pages newest first with a cursor", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(String((await json(await post({ text: `مقال رقم ${i} للصفحات ${randomUUID()}` }))).id));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url = new URL(BASE);
      url.searchParams.set("limit", "2");
      if (cursor) url.searchParams.set("cursor", cursor);
      const response = await collection.GET(new Request(url));
      expect(response.status).toBe(200);
      const page = (await response.json()) as {
        items: { id: string; createdAt: string }[];
        nextCursor: string | null;
      };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(new Set(seen).size).toBe(seen.length);
    // The five just submitted are the newest, in reverse order of submission.
    expect(seen.slice(0, 5)).toEqual([...ids].reverse());
    expect(pages).toBe(Math.ceil(seen.length / 2));
  });

  it("filters by status", async () => {
    const response = await collection.GET(new Request(`${BASE}?status=done`));
    expect(await json(response)).toEqual({ items: [], nextCursor: null });
  });

  it("400 on a bad cursor or limit", async () => {
    const badCursor = await collection.GET(new Request(`${BASE}?cursor=bm9wZQ`));
    expect(badCursor.status).toBe(400);
    expect(await json(badCursor)).toMatchObject({ field: "cursor" });
    const badLimit = await collection.GET(new Request(`${BASE}?limit=1000`));
    expect(badLimit.status).toBe(400);
    expect(await json(badLimit)).toMatchObject({
      field: "limit",
      error: expect.stringMatching(/^limit/) as unknown,
    });
  });
});
