/**
 * Submission rate limits on the real Redis: per client, across the REST API and tRPC, with a
 * Retry-After; refused articles are not stored, other clients are not affected.
 */
import { randomUUID } from "node:crypto";
import { appRouter, createCallerFactory, OPEN_ACCESS } from "@marsad/api";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { articles } from "@marsad/schema/tables";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerDeps, type ServerDeps } from "./deps";
import { guarded } from "./auth/guard";
import { createArticlesHandlers } from "./http/articles-handlers";
import { createKnowledgeHandlers } from "./http/knowledge-handlers";
import { PEER_ADDRESS_HEADER } from "./http/request-source";

let database: TestDatabase;
let deps: ServerDeps;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = createServerDeps({
    DATABASE_URL: database.url,
    REDIS_URL: "redis://127.0.0.1:6379",
    QUEUE_PREFIX: `marsad-test-${randomUUID().slice(0, 8)}`,
    LOG_LEVEL: "silent",
    SUBMISSIONS_PER_MINUTE: 3,
    NODE_ENV: "test",
  });
  // The producer connection does not queue commands while connecting (the limiter would let
  // those through, by design): wait until it is up.
  while (deps.redis.status !== "ready") await new Promise((r) => setTimeout(r, 20));
});

afterAll(async () => {
  await deps?.queue.obliterate({ force: true }).catch(() => {});
  await deps?.close();
  await database?.drop();
});

const from = (ip: string, path: string, body: unknown) =>
  new Request(`http://dashboard.test${path}`, {
    method: "POST",
    // A fresh X-Forwarded-For on every request: believed from no one (TRUST_PROXY unset).
    headers: { "content-type": "application/json", [PEER_ADDRESS_HEADER]: ip, "x-forwarded-for": randomUUID() },
    body: JSON.stringify(body),
  });

describe("submission rate limit (3 articles per minute per client in this test)", () => {
  it("answers 429 with Retry-After past the allowance, for that client only, and stores nothing refused", async () => {
    const rest = createArticlesHandlers(() => deps);
    for (let i = 0; i < 3; i++) expect((await rest.submit(from("203.0.113.7", "/api/v1/articles", { text: `نص رقم ${i} ${randomUUID()}` }))).status).toBe(201);
    const refused = await rest.submit(from("203.0.113.7", "/api/v1/articles", { text: `نص زائد ${randomUUID()}` }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ error: expect.stringContaining("too many submissions") as unknown });
    expect((await rest.submit(from("198.51.100.2", "/api/v1/articles", { text: `نص آخر ${randomUUID()}` }))).status).toBe(201);
    const [stored] = await deps.db.select({ n: count() }).from(articles);
    expect(stored?.n).toBe(4);
  });

  it("counts every article of a batch, and limits tRPC submissions too", async () => {
    const knowledge = createKnowledgeHandlers(() => deps);
    const batch = Array.from({ length: 4 }, (_, i) => ({ text: `دفعة ${i} ${randomUUID()}` }));
    expect((await knowledge.submitBatch(from("192.0.2.9", "/api/v1/articles/batch", { articles: batch }))).status).toBe(429);

    const caller = createCallerFactory(appRouter)({ ...deps, access: OPEN_ACCESS, limitSubmissions: deps.limitSubmissions("192.0.2.10") });
    for (let i = 0; i < 3; i++) await caller.articles.submit({ text: `عبر tRPC ${i} ${randomUUID()}` });
    await expect(caller.articles.submit({ text: `عبر tRPC زائد ${randomUUID()}` })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });
});

describe("write limit (3 write requests per minute per client in this test)", () => {
  it("answers 429 with Retry-After to any write past the allowance, for that client only; reads go on", async () => {
    let handled = 0;
    const write = guarded(() => deps, "manageFeeds", () => {
      handled++;
      return Promise.resolve(new Response(null, { status: 204 }));
    });
    for (let i = 0; i < 3; i++) expect((await write(from("203.0.113.40", "/api/v1/feeds", {}))).status).toBe(204);
    const refused = await write(from("203.0.113.40", "/api/v1/feeds", {}));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ retryAfterSeconds: expect.any(Number) as unknown });
    expect(handled).toBe(3);
    expect((await write(from("203.0.113.41", "/api/v1/feeds", {}))).status).toBe(204);
    const read = guarded(() => deps, "read", () => Promise.resolve(new Response(null, { status: 204 })));
    expect((await read(new Request("http://dashboard.test/api/v1/feeds"))).status).toBe(204);
  });
});
