import { events } from "@marsad/schema/tables";
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

describe("overview.stats", () => {
  it("answers an empty database with zeros over 30 days", async () => {
    const stats = await caller.overview.stats();
    expect(stats.totals).toEqual({
      articles: 0,
      people: 0,
      events: 0,
      sources: 0,
      articlesByStatus: { queued: 0, processing: 0, done: 0, failed: 0 },
    });
    expect(stats.articlesPerDay).toHaveLength(30);
    expect(stats.eventsPerDay.at(-1)?.day).toBe(new Date().toISOString().slice(0, 10));
    expect(stats.latestEvents).toEqual([]);
    expect(stats.undatedEvents).toEqual({ count: 0, latest: [] });
  });
});

describe("events.timeline", () => {
  it("takes up to two country codes in any case, and refuses a third", async () => {
    const today = new Date().toISOString().slice(0, 10);
    // Invented event, written for this test.
    await h.db
      .insert(events)
      .values({ type: "visit", anchorDate: today, countries: ["EG", "JO"], summary: "زيارة تجريبية" });
    expect((await caller.events.timeline({ countries: ["eg", "jo"] })).map((e) => e.summary)).toEqual([
      "زيارة تجريبية",
    ]);
    expect(await caller.events.timeline({ countries: ["EG", "MA"] })).toEqual([]);
    expect(await caller.events.countries()).toEqual(["EG", "JO"]);
    const refused = await caller.events.timeline({ countries: ["EG", "JO", "MA"] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("BAD_REQUEST");
  });
});

describe("entities.mentionsPerMonth", () => {
  it("is empty for an entity nobody mentioned", async () => {
    expect(await caller.entities.mentionsPerMonth({ id: "0b7f6f7e-8a4c-4f5e-9a51-2f9d8a6c1d10" })).toEqual({
      months: [],
      undated: { mentions: 0, articles: 0, firstArrived: null, lastArrived: null },
    });
  });
});
