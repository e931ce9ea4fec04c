import { randomBytes, randomUUID } from "node:crypto";
import { matchArticleJobId } from "@marsad/schema/queue";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createAlertsQueue, enqueueMatch } from "./alerts-queue";
import { createRedis } from "./connection";

describe("enqueueMatch", () => {
  const redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "producer");
  const queue = createAlertsQueue(redis, { prefix: `marsad-test-${randomBytes(4).toString("hex")}` });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    redis.disconnect();
  });

  it("queues the articles that ask in the same turn in one addBulk, each once", async () => {
    const bulk = vi.spyOn(queue, "addBulk");
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    await Promise.all([...ids, ids[0]!].map((id) => enqueueMatch(queue, id)));
    expect(bulk).toHaveBeenCalledTimes(1);
    const jobs = await Promise.all(ids.map((id) => queue.getJob(matchArticleJobId(id))));
    expect(jobs.map((j) => j?.data)).toEqual(ids.map((articleId) => ({ articleId })));
    expect(await queue.count()).toBe(3);
    bulk.mockRestore();
  });

  it("tells every caller of a batch that Redis refused it", async () => {
    const bulk = vi.spyOn(queue, "addBulk").mockRejectedValueOnce(new Error("refused"));
    const outcomes = await Promise.allSettled([randomUUID(), randomUUID()].map((id) => enqueueMatch(queue, id)));
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    // The next turn is a batch of its own.
    await enqueueMatch(queue, randomUUID());
    expect(bulk).toHaveBeenCalledTimes(2);
    bulk.mockRestore();
  });
});
