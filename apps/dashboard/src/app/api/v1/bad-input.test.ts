/**
 * Bad input, table-driven, against the real route handlers on a throwaway database: each case gets
 * a specific answer (a 4xx naming what is wrong, or a 2xx when the input is odd but legitimate),
 * nothing crashes, and every accepted article is stored verbatim — nothing lost, nothing twice.
 */
import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { articles } from "@marsad/schema/tables";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as DepsModule from "../../../server/deps";
import type * as CollectionRoute from "./articles/route";

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
];

let database: TestDatabase;
let route: typeof CollectionRoute;
let deps: typeof DepsModule;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_URL = "redis://127.0.0.1:6379";
  process.env.QUEUE_PREFIX = `marsad-test-${RUN}`;
  process.env.LOG_LEVEL = "silent";
  route = await import("./articles/route");
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
      const body = (await response.json()) as { error?: string; id?: string };
      expect(response.status, JSON.stringify(body).slice(0, 200)).toBe(c.status);
      if (c.error) expect(body.error).toContain(c.error);
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
