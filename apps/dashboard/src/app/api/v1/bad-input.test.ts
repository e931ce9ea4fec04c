/**
 * Bad input, table-driven, against the real route handlers on a throwaway database: each case gets
 * a specific answer (a 4xx naming what is wrong, or a 2xx when the input is odd but legitimate),
 * nothing crashes, and every accepted article is stored verbatim — nothing lost, nothing twice.
 * The same inputs through tRPC are in packages/api/src/router/bad-input.test.ts, through the CLI
 * in apps/cli/src/commands/import.test.ts. Keep the three growing together.
 */
import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { articles } from "@marsad/schema/tables";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as DepsModule from "../../../server/deps";
import type * as CollectionRoute from "./articles/route";
import type * as BatchRoute from "./articles/batch/route";
import type * as EntitiesRoute from "./entities/route";
import type * as EventsRoute from "./events/route";
import type * as ExportRoute from "./export/[file]/route";
import type * as FeedsRoute from "./feeds/route";
import type * as SearchRoute from "./search/route";

const RUN = randomUUID().slice(0, 8);
const JSON_TYPE = { "content-type": "application/json" };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n%"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0x0a])]);

interface Case {
  name: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
  status: number;
  /** Substring of the error message, for 4xx answers. */
  error?: string;
  /** For accepted text: it must be stored exactly as sent. */
  storedText?: string;
  /** The field a 400 must name. */
  field?: string;
  /** For accepted metadata: the title as stored (bidi controls stripped). */
  storedTitle?: string;
}

const text = (value: string) => JSON.stringify({ text: value });
const unique = (value: string) => `${value} (${RUN})`;

const CASES: Case[] = [
  { name: "empty text", body: text(""), status: 400, error: "text must not be empty" },
  { name: "whitespace-only text", body: text(" \n\t  "), status: 400, error: "text must not be empty" },
  { name: "20 MB text", body: text("أ".repeat(10 * 1024 * 1024)), status: 413, error: "larger than the limit" },
  { name: "a PNG sent as text", body: text(PNG.toString("latin1")), status: 400, error: "NUL bytes" },
  { name: "a PDF sent as text", body: text(PDF.toString("latin1")), status: 400, error: "NUL bytes" },
  { name: "invalid UTF-8 bytes", body: Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc7, 0xe1, 0xff]), Buffer.from('"}')]), status: 400, error: "not valid UTF-8" },
  { name: "malformed JSON", body: '{"text": "نص"', status: 400, error: "JSON" },
  { name: "a JSON array", body: "[1,2]", status: 400 },
  { name: "wrong content type", body: "text=نص", headers: { "content-type": "application/x-www-form-urlencoded" }, status: 415, error: "application/json" },
  { name: "unknown field", body: JSON.stringify({ text: "نص", txt: "x" }), status: 400, error: 'unknown field "txt"' },
  { name: "text of the wrong type", body: JSON.stringify({ text: 42 }), status: 400, error: "text must be a string" },
  { name: "a URL to a private address is stored for the worker to refuse", body: JSON.stringify({ url: `http://169.254.169.254/latest/meta-data/${RUN}` }), status: 201 },
  { name: "HTML full of scripts", body: text(unique('<script>alert(1)</script><img src=x onerror="alert(2)"> نص')), status: 201, storedText: unique('<script>alert(1)</script><img src=x onerror="alert(2)"> نص') },
  { name: "right-to-left override characters", body: text(unique("\u202Eخبر\u202C عاجل \u2066test\u2069")), status: 201, storedText: unique("\u202Eخبر\u202C عاجل \u2066test\u2069") },
  { name: "a 100,000-character single line", body: text(unique("كلمة ".repeat(20_000))), status: 201, storedText: unique("كلمة ".repeat(20_000)) },
  { name: "only emoji", body: text(unique("🛰️🚀🇪🇬🇱🇾")), status: 201, storedText: unique("🛰️🚀🇪🇬🇱🇾") },
  { name: "SQL-looking text", body: text(unique("'); DROP TABLE articles; --")), status: 201, storedText: unique("'); DROP TABLE articles; --") },
  { name: "shell-looking text", body: text(unique("$(rm -rf /) `reboot` && echo ok")), status: 201, storedText: unique("$(rm -rf /) `reboot` && echo ok") },
  ...(["title", "source", "author"] as const).map((field) => ({
    name: `NUL in ${field}`,
    body: JSON.stringify({ text: unique(`نص مع ${field}`), [field]: "a\u0000b" }),
    status: 400,
    field,
    error: "NUL",
  })),
  { name: "NUL in url", body: JSON.stringify({ url: "https://news.example/a\u0000b" }), status: 400, field: "url", error: "NUL" },
  { name: "publishedAt on February 31", body: JSON.stringify({ text: unique("نص بتاريخ"), publishedAt: "2026-02-31" }), status: 400, field: "publishedAt" },
  { name: "publishedAt in year 0", body: JSON.stringify({ text: unique("نص بسنة صفر"), publishedAt: "0000-01-01" }), status: 400, field: "publishedAt" },
  {
    name: "right-to-left override in the title and source",
    body: JSON.stringify({ text: unique("نص بعنوان معكوس"), title: "\u202Eخبر\u202C عاجل", source: "\u2067وكالة\u2069" }),
    status: 201,
    storedTitle: "خبر عاجل",
  },
];

/** A cursor as an attacker would write one: base64 of an impossible time and any UUID. */
const CRAFTED_CURSOR = Buffer.from(`2026-13-45T99:99:99Z|${randomUUID()}`).toString("base64url");
const CRAFTED_EVENT_CURSOR = Buffer.from(JSON.stringify(["2026-02-31", "2026-13-45T99:99:99Z", randomUUID()])).toString("base64url");

interface QueryCase {
  route: "articles" | "entities" | "events" | "search" | `export/${string}`;
  query: string;
  field: string;
}

/** Every list, search and export route with a bad query parameter: 400 naming it. */
const QUERY_CASES: QueryCase[] = [
  { route: "articles", query: "source=a%00b", field: "source" },
  { route: "articles", query: "q=a%00b", field: "q" },
  { route: "articles", query: "cursor=" + CRAFTED_CURSOR, field: "cursor" },
  { route: "entities", query: "q=a%00b", field: "q" },
  { route: "search", query: "q=a%00b", field: "q" },
  { route: "events", query: "cursor=" + CRAFTED_EVENT_CURSOR, field: "cursor" },
  { route: "export/articles.csv", query: "source=a%00b", field: "source" },
  { route: "export/events.json", query: "q=a%00b", field: "q" },
  { route: "export/people.csv", query: "q=a%00b", field: "q" },
  ...(["articles", "events", "export/articles.csv", "export/events.csv", "export/people.json", "export/network.graphml"] as const).flatMap(
    (route) =>
      ["from", "to"].flatMap((field) =>
        ["2026-02-31", "0000-01-01"].map((day) => ({ route, query: `${field}=${day}`, field })),
      ),
  ),
];

let database: TestDatabase;
let route: typeof CollectionRoute;
let routes: {
  batch: typeof BatchRoute;
  entities: typeof EntitiesRoute;
  events: typeof EventsRoute;
  exports: typeof ExportRoute;
  feeds: typeof FeedsRoute;
  search: typeof SearchRoute;
};
let deps: typeof DepsModule;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_URL = "redis://127.0.0.1:6379";
  process.env.QUEUE_PREFIX = `marsad-test-${RUN}`;
  process.env.LOG_LEVEL = "silent";
  route = await import("./articles/route");
  routes = {
    batch: await import("./articles/batch/route"),
    entities: await import("./entities/route"),
    events: await import("./events/route"),
    exports: await import("./export/[file]/route"),
    feeds: await import("./feeds/route"),
    search: await import("./search/route"),
  };
  deps = await import("../../../server/deps");
});

afterAll(async () => {
  await deps?.getServerDeps().queue.obliterate({ force: true }).catch(() => {});
  await deps?.getServerDeps().close();
  await database?.drop();
});

function post(body: string | Uint8Array, headers: Record<string, string> = JSON_TYPE) {
  const payload = typeof body === "string" ? body : new Uint8Array(body);
  return route.POST(new Request("http://dashboard.test/api/v1/articles", { method: "POST", headers, body: payload }));
}

describe("POST /api/v1/articles with bad or odd input", () => {
  for (const c of CASES) {
    it(`${c.name} → ${c.status}`, async () => {
      const response = await post(c.body, c.headers);
      const body = (await response.json()) as { error?: string; id?: string; field?: string };
      expect(response.status, JSON.stringify(body).slice(0, 200)).toBe(c.status);
      if (c.error) expect(body.error).toContain(c.error);
      if (c.field) expect(body).toMatchObject({ field: c.field, error: expect.stringContaining(c.field) as unknown });
      if (c.storedTitle !== undefined) {
        const [row] = await deps.getServerDeps().db.select({ title: articles.title, source: articles.source }).from(articles).where(eq(articles.id, body.id!));
        expect(row).toEqual({ title: c.storedTitle, source: "وكالة" });
      }
      if (c.storedText !== undefined) {
        const [row] = await deps.getServerDeps().db.select({ rawText: articles.rawText }).from(articles).where(eq(articles.id, body.id!));
        expect(row?.rawText).toBe(c.storedText);
      }
    });
  }

  it("a duplicate is answered with the first copy, and every accepted input is stored exactly once", async () => {
    const again = await post(CASES.find((c) => c.name === "only emoji")!.body);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    const accepted = CASES.filter((c) => c.status === 201).length;
    const [stored] = await deps.getServerDeps().db.select({ n: count() }).from(articles);
    expect(stored?.n).toBe(accepted);
  });
});

function get(path: string, query: string): Promise<Response> {
  const request = new Request(`http://dashboard.test/api/v1/${path}?${query}`);
  if (path.startsWith("export/")) return routes.exports.GET(request, { params: Promise.resolve({ file: path.slice("export/".length) }) });
  const handler = { articles: route.GET, entities: routes.entities.GET, events: routes.events.GET, search: routes.search.GET }[path];
  if (!handler) throw new Error(`no route ${path}`);
  return handler(request);
}

describe("GET list, search and export routes with bad query parameters", () => {
  for (const c of QUERY_CASES) {
    it(`${c.route}?${c.query.slice(0, 40)} → 400 naming ${c.field}`, async () => {
      const response = await get(c.route, c.query);
      const body = (await response.json()) as { error?: string; field?: string };
      expect(response.status, JSON.stringify(body).slice(0, 200)).toBe(400);
      expect(body).toMatchObject({ field: c.field, error: expect.stringContaining(c.field) as unknown });
    });
  }
});

describe("POST /api/v1/articles/batch with one bad item among good ones", () => {
  it("answers per item: the good ones stored and queued, the bad ones rejected by field", async () => {
    const good = [unique("دفعة سليمة أولى"), unique("دفعة سليمة ثانية")];
    const response = await routes.batch.POST(
      new Request("http://dashboard.test/api/v1/articles/batch", {
        method: "POST",
        headers: JSON_TYPE,
        body: JSON.stringify({
          articles: [
            { text: good[0] },
            { text: good[1] },
            { text: unique("دفعة بعنوان معطوب"), title: "a\u0000b" },
            { text: unique("دفعة بتاريخ مستحيل"), publishedAt: "2026-02-31" },
          ],
        }),
      }),
    );
    const body = (await response.json()) as { created: number; rejected: number; results: Array<{ result: string; id?: string; field?: string }> };
    expect(response.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body).toMatchObject({ created: 2, rejected: 2 });
    expect(body.results.map((r) => r.field ?? r.result)).toEqual(["created", "created", "title", "publishedAt"]);
    for (const r of body.results.slice(0, 2)) expect(await deps.getServerDeps().queue.getJob(r.id!)).toBeDefined();
  });
});

describe("POST /api/v1/feeds with bad input", () => {
  it("a NUL in the feed URL → 400 naming url", async () => {
    const response = await routes.feeds.POST(
      new Request("http://dashboard.test/api/v1/feeds", {
        method: "POST",
        headers: JSON_TYPE,
        body: JSON.stringify({ url: "https://news.example/feed\u0000.xml" }),
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: "url" });
  });
});

describe("tRPC over HTTP with too many calls in one batch", () => {
  it("refuses the batch (400) before any procedure runs; a batch within the cap is answered", async () => {
    const { GET } = await import("../trpc/[trpc]/route");
    const { MAX_TRPC_BATCH } = await import("../../../lib/trpc-batch");
    const batch = (n: number) => {
      const paths = Array.from({ length: n }, () => "articles.counts").join(",");
      const input = encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}]))));
      return GET(new Request(`http://dashboard.test/api/trpc/${paths}?batch=1&input=${input}`));
    };
    const refused = await batch(1000);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: expect.stringContaining(`at most ${MAX_TRPC_BATCH} calls`) as unknown });
    expect((await batch(MAX_TRPC_BATCH)).status).toBe(200);
  });
});
