import { randomBytes } from "node:crypto";
import { createDb, getArticle, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createRedis, type ArticlesQueue } from "@marsad/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHash } from "./content-hash";
import { submitBatch } from "./submit-batch";

let testDb: TestDatabase;
let handle: DbHandle;
let redis: Redis;
let queue: ArticlesQueue;

beforeAll(async () => {
  testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(testDb.url);
  redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "producer");
  queue = createArticlesQueue(redis, { prefix: `marsad-test-${randomBytes(4).toString("hex")}` });
}, 60_000);

afterAll(async () => {
  await queue?.obliterate({ force: true }).catch(() => {});
  await queue?.close();
  redis?.disconnect();
  await handle?.close();
  await testDb?.drop();
});

describe("contentHash", () => {
  it("is the same for the same text whatever its whitespace", () => {
    expect(contentHash("وزير  الدفاع\r\nيستقبل ")).toBe(contentHash("وزير الدفاع يستقبل"));
    expect(contentHash("وزير الدفاع")).not.toBe(contentHash("وزير الخارجية"));
  });
});

describe("submitBatch", () => {
  it("gives one result per item: created, duplicate or rejected with the reason", async () => {
    const results = await submitBatch({ db: handle.db, queue }, [
      { text: "المقال الأول عن اجتماع عسكري" },
      { text: "المقال الثاني عن تمرين بحري", source: "وكالة", publishedAt: "2026-03-01" },
      { text: "المقال الأول عن اجتماع عسكري" },
      { text: "" },
      { title: "بلا نص" },
      { text: "نص", colour: "red" },
      "not an object",
    ]);
    expect(results.map((r) => r.result)).toEqual(["created", "created", "duplicate", "rejected", "rejected", "rejected", "rejected"]);
    const [first, , dup, empty, noText, unknown] = results;
    expect(dup).toMatchObject({ id: first!.result === "created" ? first!.id : "" });
    expect(empty).toMatchObject({ field: "text", reason: expect.stringMatching(/empty/) });
    expect(noText).toMatchObject({ field: "text", reason: expect.stringMatching(/required/) });
    expect(unknown).toMatchObject({ reason: expect.stringMatching(/colour/) });
    const second = results[1]!;
    if (second.result !== "created") throw new Error("expected created");
    expect(await getArticle(handle.db, second.id)).toMatchObject({ source: "وكالة", publishedAt: "2026-03-01", status: "queued" });
    const counts = await queue.getJobCounts("waiting");
    expect(counts.waiting).toBe(2);
  });
});
