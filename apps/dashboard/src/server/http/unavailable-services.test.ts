/**
 * What the API answers when its services are down: nothing listens on 127.0.0.1:1, so the
 * driver fails the way it does when Postgres or Redis is stopped.
 */
import { createDb } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createRedis } from "@marsad/queue";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createLogger } from "../logger";
import { createArticlesHandlers } from "./articles-handlers";
import { DATABASE_UNAVAILABLE_MESSAGE } from "./errors";
import { createHealthHandler } from "./health-handler";

const deadDb = createDb("postgres://postgres@127.0.0.1:1/marsad", { max: 1 });
const deadRedis = createRedis("redis://127.0.0.1:1", "producer");
deadRedis.on("error", () => {});
const queue = createArticlesQueue(deadRedis, { prefix: "marsad-unavailable-test" });
queue.on("error", () => {});
const logger = createLogger("silent");
const sourceOf = () => ({ client: "192.0.2.1", ownOrigin: "http://t", https: false });

let database: TestDatabase | undefined;
let liveDb: ReturnType<typeof createDb> | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  liveDb = createDb(database.url, { max: 2 });
});

afterAll(async () => {
  await liveDb?.close();
  await database?.drop();
  deadRedis.disconnect();
  await queue.close().catch(() => {});
  await deadDb.close(0);
});

describe("with Postgres unreachable", () => {
  const handlers = createArticlesHandlers(() => ({ db: deadDb.db, queue, logger, sourceOf }));

  it("POST answers 503 with a clear message, quickly", async () => {
    const started = Date.now();
    const response = await handlers.submit(
      new Request("http://t/api/v1/articles", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: "نص" }),
      }),
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: DATABASE_UNAVAILABLE_MESSAGE });
    expect(Date.now() - started).toBeLessThan(6000);
  });

  it("GET by id answers 503", async () => {
    const response = await handlers.byId(new Request("http://t"), "6f1c9c2e-8d1b-4b52-9a8e-0c4f5f0f2a11");
    expect(response.status).toBe(503);
  });

  it("health reports both services down (503)", async () => {
    const health = createHealthHandler(() => ({ db: deadDb.db, redis: deadRedis }), { timeoutMs: 2000 });
    const response = await health();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", database: "down", redis: "down" });
  });
});

describe("with Redis unreachable", () => {
  it("POST still stores the article (201) without waiting for Redis, and reports the enqueue failure", async () => {
    const onEnqueueError = vi.fn();
    const handlers = createArticlesHandlers(() => ({ db: liveDb!.db, queue, logger, onEnqueueError, sourceOf }));
    const started = Date.now();
    const response = await handlers.submit(
      new Request("http://t/api/v1/articles", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: "خبر يصل والطابور متوقف" }),
      }),
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: "queued" });
    expect(onEnqueueError).toHaveBeenCalledOnce();
    expect(Date.now() - started).toBeLessThan(6000);
  });
});
