/**
 * `/api/v1/watchlists` and `/api/v1/alerts` through their route files, against a throwaway
 * database (no user exists and NODE_ENV is not production: the open dashboard).
 */
import { randomUUID } from "node:crypto";
import { countNewAlerts, createDb } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import {
  alertListResponseSchema,
  watchKeys,
  watchlistDetailSchema,
  watchlistListResponseSchema,
} from "@marsad/schema/zod";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as DepsModule from "../../../../server/deps";
import type * as ReadRoute from "../alerts/read/route";
import type * as AlertsRoute from "../alerts/route";
import type * as FeedRoute from "./[id]/feed/route";
import type * as RulesRoute from "./[id]/rules/route";
import type * as OneRoute from "./[id]/route";
import type * as SecretFeedRoute from "./feed/[secret]/route";
import type * as ListRoute from "./route";

let database: TestDatabase;
let list: typeof ListRoute;
let one: typeof OneRoute;
let feed: typeof FeedRoute;
let secretFeed: typeof SecretFeedRoute;
let alertsRoute: typeof AlertsRoute;
let readRoute: typeof ReadRoute;
let rulesRoute: typeof RulesRoute;
let deps: typeof DepsModule;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_URL = "redis://127.0.0.1:6379";
  process.env.QUEUE_PREFIX = `marsad-test-${randomUUID().slice(0, 8)}`;
  process.env.LOG_LEVEL = "silent";
  [list, one, feed, secretFeed, alertsRoute, readRoute, rulesRoute] = await Promise.all([
    import("./route"),
    import("./[id]/route"),
    import("./[id]/feed/route"),
    import("./feed/[secret]/route"),
    import("../alerts/route"),
    import("../alerts/read/route"),
    import("./[id]/rules/route"),
  ]);
  deps = await import("../../../../server/deps");
});

afterAll(async () => {
  await deps?.getServerDeps().close();
  await database?.drop();
});

const BASE = "http://dashboard.test/api/v1";
const json = (method: string, path: string, body?: unknown) =>
  new Request(`${BASE}${path}`, { method, headers: { "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

describe("/api/v1/watchlists", () => {
  it("makes, reads, mutes and deletes a watchlist", async () => {
    const created = await list.POST(json("POST", "/watchlists", { name: "EG–PK", rules: [{ kind: "country-pair", countries: ["pk", "eg"] }] }));
    expect(created.status).toBe(201);
    // Answers parse under the published schemas (the OpenAPI document is made from them).
    const body = watchlistDetailSchema.parse(await created.json());
    expect(body.rules).toMatchObject([{ label: "EG–PK", countries: ["EG", "PK"] }]);

    const muted = await one.PATCH(json("PATCH", `/watchlists/${body.id}`, { muted: true }), params({ id: body.id }));
    expect(((await muted.json()) as { muted: boolean }).muted).toBe(true);
    const all = watchlistListResponseSchema.parse(await (await list.GET(json("GET", "/watchlists"))).json());
    const inbox = alertListResponseSchema.parse(await (await alertsRoute.GET(json("GET", "/alerts?unread=true"))).json());
    expect(inbox).toEqual({ items: [], unread: 0 });
    expect(all.items.map((w) => w.id)).toContain(body.id);

    expect((await one.DELETE(json("DELETE", `/watchlists/${body.id}`), params({ id: body.id }))).status).toBe(204);
    expect((await one.GET(json("GET", `/watchlists/${body.id}`), params({ id: body.id }))).status).toBe(404);
  });

  it("follows one event type of a person: the worker's key for his events of the type shows under the rule", async () => {
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    const [person] = await sql<Array<{ id: string }>>`
      insert into entities (type, canonical_name, name_key) values ('person', 'سالم العبيدي', 'سالم العبيدي') returning id`;
    const [org] = await sql<Array<{ id: string }>>`
      insert into entities (type, canonical_name, name_key) values ('organization', 'القوات البرية', 'القوات البرية') returning id`;
    const created = await list.POST(json("POST", "/watchlists", { name: "his visits", rules: [{ kind: "event-type", eventType: "visit", personId: person!.id }] }));
    expect(created.status).toBe(201);
    const body = watchlistDetailSchema.parse(await created.json());
    expect(body.rules).toMatchObject([{ kind: "event-type", eventType: "visit", entityId: person!.id, countries: [], label: "visit · سالم العبيدي" }]);

    // What the worker stores for a visit he takes part in, and for his meeting (another key).
    const [article] = await sql<Array<{ id: string }>>`insert into articles (content_hash, title) values ('his-visit', 'visit') returning id`;
    const [visit] = await sql<Array<{ id: string }>>`
      insert into alerts (match_key, article_id, kind, subject)
      values (${watchKeys.eventTypeWithPerson("visit", person!.id)}, ${article!.id}, 'new-event', 'event:0:visit') returning id`;
    await sql`insert into alerts (match_key, article_id, kind, subject)
      values (${watchKeys.eventTypeWithPerson("meeting", person!.id)}, ${article!.id}, 'new-event', 'event:1:meeting')`;
    await sql.end();
    const inbox = alertListResponseSchema.parse(await (await alertsRoute.GET(json("GET", `/alerts?watchlistId=${body.id}`))).json());
    expect(inbox.items.map((a) => [a.id, a.kind, a.rule.label])).toEqual([[visit!.id, "new-event", "visit · سالم العبيدي"]]);

    // Not a person, or a person and a state at once (one rule, one key): 400 on personId.
    for (const rule of [
      { kind: "event-type", eventType: "visit", personId: org!.id },
      { kind: "event-type", eventType: "visit", personId: randomUUID() },
      { kind: "event-type", eventType: "visit", personId: person!.id, country: "MA" },
    ]) {
      const response = await list.POST(json("POST", "/watchlists", { name: "x", rules: [rule] }));
      expect(response.status, JSON.stringify(rule)).toBe(400);
      expect(((await response.json()) as { field: string }).field).toBe("rules.0.personId");
      // Added to a watchlist, the body is the rule: the field is its own.
      const added = await rulesRoute.POST(json("POST", `/watchlists/${body.id}/rules`, rule), params({ id: body.id }));
      expect(added.status, JSON.stringify(rule)).toBe(400);
      expect(((await added.json()) as { field: string }).field).toBe("personId");
    }
    expect((await one.DELETE(json("DELETE", `/watchlists/${body.id}`), params({ id: body.id }))).status).toBe(204);
  });

  it("a saved search is named by its query alone, also one saved with the quotation marks rules once stored", async () => {
    const created = await list.POST(json("POST", "/watchlists", { name: "drones", rules: [{ kind: "search", query: "طائرات مسيرة" }] }));
    expect(created.status).toBe(201);
    const body = watchlistDetailSchema.parse(await created.json());
    expect(body.rules).toMatchObject([{ kind: "search", query: "طائرات مسيرة", label: "طائرات مسيرة" }]);

    // A rule stored before labels became language-neutral, and an alert of it.
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    const [old] = await sql<Array<{ id: string; match_key: string }>>`
      insert into watch_rules (watchlist_id, kind, match_key, query, label)
      select watchlist_id, kind, match_key || ' old', 'مناورات بحرية', '“مناورات بحرية”' from watch_rules
      where watchlist_id = ${body.id} returning id, match_key`;
    const [article] = await sql<Array<{ id: string }>>`insert into articles (content_hash, title) values ('old-search', 'drill') returning id`;
    await sql`insert into alerts (match_key, article_id, kind, subject) values (${old!.match_key}, ${article!.id}, 'search', 'search')`;
    await sql.end();

    const read = watchlistDetailSchema.parse(await (await one.GET(json("GET", `/watchlists/${body.id}`), params({ id: body.id }))).json());
    expect(read.rules.map((r) => r.label)).toEqual(["طائرات مسيرة", "مناورات بحرية"]);
    const inbox = alertListResponseSchema.parse(await (await alertsRoute.GET(json("GET", `/alerts?watchlistId=${body.id}`))).json());
    expect(inbox.items.map((a) => a.rule.label)).toEqual(["مناورات بحرية"]);
    expect((await one.DELETE(json("DELETE", `/watchlists/${body.id}`), params({ id: body.id }))).status).toBe(204);
  });

  it("bad input is a 400 naming the field", async () => {
    const cases: Array<[unknown, string]> = [
      [{ name: "", rules: [] }, "name"],
      [{ name: "x", rules: [{ kind: "country-pair", countries: ["EG", "EG"] }] }, "rules.0.countries"],
      [{ name: "x", rules: [{ kind: "entity", entityId: randomUUID() }] }, "rules.0.entityId"],
      [{ name: "x", rules: [{ kind: "search", query: "\u0000" }] }, "rules.0.query"],
      [{ name: "x", webhookUrl: "ftp://example.com/hook" }, "webhookUrl"],
    ];
    for (const [input, field] of cases) {
      const response = await list.POST(json("POST", "/watchlists", input));
      expect(response.status, JSON.stringify(input)).toBe(400);
      expect(((await response.json()) as { field: string }).field).toBe(field);
    }
    expect((await one.GET(json("GET", "/watchlists/nope"), params({ id: "nope" }))).status).toBe(400);
    expect((await alertsRoute.GET(json("GET", "/alerts?limit=0"))).status).toBe(400);
  });

  it("the Atom feed answers at its secret URL as valid Atom until revoked", async () => {
    const created = (await (await list.POST(json("POST", "/watchlists", { name: "feed", rules: [{ kind: "topic", topic: "training" }] }))).json()) as { id: string };
    const made = await feed.POST(json("POST", `/watchlists/${created.id}/feed`), params({ id: created.id }));
    expect(made.status).toBe(201);
    const { url } = (await made.json()) as { url: string };
    const secret = url.split("/").pop()!;
    const answer = await secretFeed.GET(new Request(url), params({ secret }));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/application\/atom\+xml/);
    // A feed parser reads it in the worker's watchlists test; here: an Atom document of this watchlist.
    const xml = await answer.text();
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(xml).toContain("<title>Marsad — feed</title>");

    expect((await feed.DELETE(json("DELETE", `/watchlists/${created.id}/feed`), params({ id: created.id }))).status).toBe(204);
    expect((await secretFeed.GET(new Request(url), params({ secret }))).status).toBe(404);
    expect((await secretFeed.GET(new Request(`${BASE}/watchlists/feed/short`), params({ secret: "short" }))).status).toBe(404);
  });

  it("an alert two watchlists share is stored once, listed under each, and read in each apart", async () => {
    const make = async (name: string) =>
      ((await (await list.POST(json("POST", "/watchlists", { name, rules: [{ kind: "topic", topic: "economy" }] }))).json()) as { id: string }).id;
    const [first, second] = [await make("economy 1"), await make("economy 2")];
    // What the worker stores when an economy article is matched: one alert under the topic's key,
    // counted for the watchlists that show it.
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    const [article] = await sql<Array<{ id: string }>>`insert into articles (content_hash, title) values ('shared-alert', 'economy') returning id`;
    const [alert] = await sql<Array<{ id: string }>>`
      insert into alerts (match_key, article_id, kind, subject) values ('topic:economy', ${article!.id}, 'topic', 'topic') returning id`;
    await sql.end();
    const handle = createDb(database.url, { max: 1 });
    await countNewAlerts(handle.db, [alert!.id]);
    await handle.close();
    // A watchlist made after the article does not show it.
    const late = await make("economy later");

    const inbox = async () => alertListResponseSchema.parse(await (await alertsRoute.GET(json("GET", "/alerts?unread=true"))).json());
    const unreadOf = async (id: string) => watchlistDetailSchema.parse(await (await one.GET(json("GET", `/watchlists/${id}`), params({ id }))).json()).unread;
    expect((await inbox()).items.map((a) => [a.id, a.watchlistId]).sort()).toEqual([[alert!.id, first], [alert!.id, second]].sort());
    expect((await inbox()).unread).toBe(2);
    expect([await unreadOf(first), await unreadOf(second), await unreadOf(late)]).toEqual([1, 1, 0]);

    const read = async (body: unknown) => ((await (await readRoute.POST(json("POST", "/alerts/read", body))).json()) as { marked: number }).marked;
    expect(await read({ alertIds: [alert!.id], watchlistId: first })).toBe(1);
    expect((await inbox()).items.map((a) => a.watchlistId)).toEqual([second]);
    expect([await unreadOf(first), await unreadOf(second)]).toEqual([0, 1]);
    // Named without a watchlist: read wherever the caller sees it.
    expect(await read({ alertIds: [alert!.id] })).toBe(1);
    expect(await inbox()).toEqual({ items: [], unread: 0 });
  });
});
