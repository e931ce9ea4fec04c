import { insertArticleOnce } from "@marsad/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServiceHarness, type ServiceHarness } from "../testing/service-harness";
import { appRouter } from "../root";
import { OPEN_ACCESS } from "../services";
import { createCallerFactory, type Context } from "../trpc";

let h: ServiceHarness;
const makeCaller = (ctx: Context) => createCallerFactory(appRouter)(ctx);
let caller: ReturnType<typeof makeCaller>;

beforeAll(async () => {
  h = await startServiceHarness();
  caller = makeCaller({ db: h.db, queue: h.queue, feedsQueue: h.feedsQueue, access: OPEN_ACCESS });
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe("runs router", () => {
  it("starts a reprocess run and reads it back by id and in the list", async () => {
    const started = await caller.runs.reprocess({ scope: "all" });
    expect(started.articleCount).toBe(0);
    const run = await caller.runs.byId({ id: started.runId });
    expect(run).toMatchObject({ kind: "reprocess", scope: "all", finished: true });
    expect((await caller.runs.list()).map((r) => r.id)).toContain(started.runId);
    await expect(caller.runs.byId({ id: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("corrections router", () => {
  it("refuses a correction of a fact that does not exist, and validates edits", async () => {
    const { article } = await insertArticleOnce(h.db, { contentHash: "router-corrections", rawText: "نص تجريبي قصير" });
    const entityId = "00000000-0000-4000-8000-000000000001";
    const missing = caller.corrections.record({ factType: "title", articleId: article.id, entityId, action: "reject" });
    await expect(missing).rejects.toBeInstanceOf(TRPCError);
    await expect(missing).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.corrections.record({ factType: "title", articleId: article.id, entityId, action: "edit" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await caller.corrections.list({ articleId: article.id })).toEqual([]);
  });
});
