/**
 * Bad input through tRPC, table-driven, on a throwaway database: each case is refused with
 * BAD_REQUEST naming the field (never an internal error), and nothing is stored. The same inputs
 * over REST are in apps/dashboard/src/app/api/v1/bad-input.test.ts, through the CLI in
 * apps/cli/src/commands/import.test.ts.
 */
import { randomUUID } from "node:crypto";
import { countArticlesByStatus } from "@marsad/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorOf } from "../field-error";
import { appRouter } from "../root";
import { OPEN_ACCESS } from "../services";
import { startServiceHarness, type ServiceHarness } from "../testing/service-harness";
import { createCallerFactory } from "../trpc";

let h: ServiceHarness;
const callerOf = (harness: ServiceHarness) =>
  createCallerFactory(appRouter)({ db: harness.db, queue: harness.queue, feedsQueue: harness.feedsQueue, access: OPEN_ACCESS });
type Caller = ReturnType<typeof callerOf>;
let caller: Caller;

beforeAll(async () => {
  h = await startServiceHarness();
  caller = callerOf(h);
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const CRAFTED_CURSOR = Buffer.from(`2026-13-45T99:99:99Z|${randomUUID()}`).toString("base64url");
const CRAFTED_EVENT_CURSOR = Buffer.from(JSON.stringify(["2026-02-31", "2026-13-45T99:99:99Z", randomUUID()])).toString("base64url");

interface Case {
  name: string;
  call: (c: Caller) => Promise<unknown>;
  /** The field the refusal must name. */
  field: string;
}

const CASES: Case[] = [
  ...(["title", "source", "author"] as const).map((field) => ({
    name: `submit: NUL in ${field}`,
    call: (c: Caller) => c.articles.submit({ text: "نص سليم", [field]: "a\u0000b" }),
    field,
  })),
  { name: "submit: NUL in url", call: (c) => c.articles.submit({ url: "https://news.example/a\u0000b" }), field: "url" },
  { name: "submit: publishedAt 2026-02-31", call: (c) => c.articles.submit({ text: "نص", publishedAt: "2026-02-31" }), field: "publishedAt" },
  { name: "submit: publishedAt 0000-01-01", call: (c) => c.articles.submit({ text: "نص", publishedAt: "0000-01-01" }), field: "publishedAt" },
  { name: "articles.list: NUL in source", call: (c) => c.articles.list({ source: "a\u0000b" }), field: "source" },
  { name: "articles.list: from 2026-02-31", call: (c) => c.articles.list({ from: "2026-02-31" }), field: "from" },
  { name: "articles.list: to 0000-01-01", call: (c) => c.articles.list({ to: "0000-01-01" }), field: "to" },
  { name: "articles.list: a crafted cursor", call: (c) => c.articles.list({ cursor: CRAFTED_CURSOR }), field: "cursor" },
  { name: "entities.list: NUL in q", call: (c) => c.entities.list({ q: "a\u0000b" }), field: "q" },
  { name: "search.articles: NUL in q", call: (c) => c.search.articles({ q: "a\u0000b" }), field: "q" },
  { name: "events.list: to 2026-02-31", call: (c) => c.events.list({ to: "2026-02-31" }), field: "to" },
  { name: "events.list: a crafted cursor", call: (c) => c.events.list({ cursor: CRAFTED_EVENT_CURSOR }), field: "cursor" },
  {
    name: "watchlists.create: an event type in a state and with a person",
    call: (c) => c.watchlists.create({ name: "x", rules: [{ kind: "event-type", eventType: "visit", country: "EG", personId: randomUUID() }] }),
    field: "rules.0.personId",
  },
  {
    name: "watchlists.addRule: an event type in a state and with a person",
    call: (c) => c.watchlists.addRule({ id: randomUUID(), rule: { kind: "event-type", eventType: "meeting", country: "EG", personId: randomUUID() } }),
    field: "rule.personId",
  },
  {
    name: "watchlists.create: an event type with an id that is no person's",
    call: (c) => c.watchlists.create({ name: "x", rules: [{ kind: "event-type", eventType: "visit", personId: randomUUID() }] }),
    field: "rules.0.personId",
  },
  {
    name: "watchlists.addRule: an event type with an id that is no person's",
    call: async (c) => {
      const list = await c.watchlists.create({ name: "refusals", rules: [{ kind: "topic", topic: "economy" }] });
      return c.watchlists.addRule({ id: list.id, rule: { kind: "event-type", eventType: "visit", personId: randomUUID() } });
    },
    field: "rule.personId",
  },
  { name: "watchlists.list: a crafted cursor", call: (c) => c.watchlists.list({ after: CRAFTED_CURSOR }), field: "cursor" },
  { name: "watchlists.list: after and before at once", call: (c) => c.watchlists.list({ after: CRAFTED_CURSOR, before: CRAFTED_CURSOR }), field: "before" },
  { name: "feeds.register: NUL in url", call: (c) => c.feeds.register({ url: "https://news.example/feed\u0000.xml" }), field: "url" },
];

describe("tRPC with bad input", () => {
  for (const c of CASES) {
    it(`${c.name} → BAD_REQUEST naming ${c.field}`, async () => {
      const error = await c.call(caller).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      const trpcError = error as TRPCError;
      expect(trpcError.code, trpcError.message).toBe("BAD_REQUEST");
      // What the error formatter sends the browser: the first zod issue's path, or the field a service refused.
      const named = fieldErrorOf(trpcError.cause)?.path;
      expect(named ?? trpcError.message).toContain(c.field);
    });
  }

  it("stored nothing", async () => {
    const stored = await countArticlesByStatus(h.db);
    expect(Object.values(stored).reduce((a, b) => a + b, 0)).toBe(0);
  });
});
