/**
 * The published response schemas (@marsad/schema, and the OpenAPI document made from them) are
 * what `/api/v1` really answers: every route is called on a throwaway database holding one
 * processed article, and every answer must parse under its schema.
 */
import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { extractArticle, EXTRACTOR_VERSION } from "@marsad/extract";
import { storeArticleKnowledge } from "@marsad/knowledge";
import {
  articleListResponseSchema,
  articleResponseSchema,
  batchResponseSchema,
  entityListResponseSchema,
  entityProfileResponseSchema,
  errorResponseSchema,
  eventDetailResponseSchema,
  eventListResponseSchema,
  feedListResponseSchema,
  feedSchema,
  searchResponseSchema,
  submitResponseSchema,
} from "@marsad/schema/zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type * as DepsModule from "../../../server/deps";

const BASE = "http://dashboard.test";
// Invented for this test: fictional people and a real capital.
const ARTICLE = {
  title: "رئيس أركان جيش المثال يزور القاهرة",
  source: "وكالة الاختبار",
  publishedAt: "2026-02-10",
  text:
    "استقبل الفريق أول كامل المنصوري، رئيس أركان حرب القوات المسلحة، في القاهرة يوم الاثنين " +
    "الفريق ناصر البرقاوي رئيس أركان جيش جمهورية المثال، وبحث الجانبان التعاون العسكري " +
    `وتبادل الخبرات في مجال التدريب. (مرجع ${randomUUID().slice(0, 8)})`,
};

// Invented too: a report that states no date, and is given none.
const UNDATED = {
  title: "لقاء عسكري بلا تاريخ",
  text:
    "التقى العميد فارس الزعبي قائد لواء المدرعات الأردني في الزرقاء الجنرال لوكا روسيني " +
    `قائد البعثة الإيطالية، وبحثا تبادل الخبرات. (مرجع ${randomUUID().slice(0, 8)})`,
};

let database: TestDatabase;
let deps: typeof DepsModule;
const load = () => ({
  articles: import("./articles/route"),
  article: import("./articles/[id]/route"),
  batch: import("./articles/batch/route"),
  entities: import("./entities/route"),
  entity: import("./entities/[id]/route"),
  events: import("./events/route"),
  event: import("./events/[id]/route"),
  detach: import("./events/[id]/detach/route"),
  search: import("./search/route"),
  feeds: import("./feeds/route"),
  openapi: import("./openapi.json/route"),
});
type Routes = { [K in keyof ReturnType<typeof load>]: Awaited<ReturnType<typeof load>[K]> };
const routes = {} as Routes;
let articleId: string;
let undatedId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_URL = "redis://127.0.0.1:6379";
  process.env.QUEUE_PREFIX = `marsad-test-${randomUUID().slice(0, 8)}`;
  process.env.LOG_LEVEL = "silent";
  deps = await import("../../../server/deps");
  // The routes read their configuration from the environment when first imported.
  for (const [name, module] of Object.entries(load())) Object.assign(routes, { [name]: await module });

  const submitted = await routes.articles.POST(postJson("/api/v1/articles", ARTICLE));
  articleId = submitResponseSchema.parse(await submitted.json()).id;
  // What the worker does, in-process: extract and store (the worker has its own tests).
  const extraction = extractArticle({ text: ARTICLE.text, title: ARTICLE.title, publishedHint: ARTICLE.publishedAt });
  await storeArticleKnowledge(deps.getServerDeps().db, {
    articleId,
    extraction,
    extractorVersion: EXTRACTOR_VERSION,
    article: {
      cleanedText: extraction.cleanedText,
      title: ARTICLE.title,
      language: extraction.language,
      source: ARTICLE.source,
      publishedAt: ARTICLE.publishedAt,
      publishedSource: "submitter",
      extraction,
    },
  });

  const undated = await routes.articles.POST(postJson("/api/v1/articles", UNDATED));
  undatedId = submitResponseSchema.parse(await undated.json()).id;
  const read = extractArticle({ text: UNDATED.text, title: UNDATED.title });
  await storeArticleKnowledge(deps.getServerDeps().db, {
    articleId: undatedId,
    extraction: read,
    extractorVersion: EXTRACTOR_VERSION,
    article: { cleanedText: read.cleanedText, title: UNDATED.title, language: read.language, source: null, publishedAt: null, publishedSource: null, extraction: read },
  });
});

afterAll(async () => {
  const server = deps?.getServerDeps();
  await server?.queue.obliterate({ force: true }).catch(() => {});
  await server?.feedsQueue.obliterate({ force: true }).catch(() => {});
  await server?.close();
  await database?.drop();
});

function postJson(path: string, body: unknown): Request {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

const get = (path: string) => new Request(`${BASE}${path}`);
const params = (id: string) => ({ params: Promise.resolve({ id }) });

/** Parses an answer strictly: a field the schema does not know about fails too. */
async function answer<T extends z.ZodType>(response: Response, schema: T, status = 200): Promise<z.infer<T>> {
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body).slice(0, 300)).toBe(status);
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(parsed.data as object).sort());
  return parsed.data as z.infer<T>;
}

describe("every /api/v1 answer parses under its published schema", () => {
  it("articles: list, one, batch", async () => {
    const list = await answer(await routes.articles.GET(get("/api/v1/articles?limit=5")), articleListResponseSchema);
    expect(list.items.map((a) => a.id)).toContain(articleId);
    const filtered = await answer(
      await routes.articles.GET(get(`/api/v1/articles?q=${encodeURIComponent("بالتدريب")}&country=eg&sort=oldest`)),
      articleListResponseSchema,
    );
    expect(filtered.items.map((a) => a.id)).toEqual([articleId]);
    const none = await answer(await routes.articles.GET(get("/api/v1/articles?eventType=agreement")), articleListResponseSchema);
    expect(none.items).toEqual([]);
    const article = await answer(await routes.article.GET(get(`/api/v1/articles/${articleId}`), params(articleId)), articleResponseSchema);
    expect(article.status).toBe("done");
    expect(article.extraction?.persons.length).toBeGreaterThan(0);
    const batch = await answer(
      await routes.batch.POST(postJson("/api/v1/articles/batch", { articles: [ARTICLE, { text: "" }] })),
      batchResponseSchema,
    );
    expect([batch.duplicates, batch.rejected]).toEqual([1, 1]);
  });

  it("entities: search and profile", async () => {
    const found = await answer(await routes.entities.GET(get(`/api/v1/entities?q=${encodeURIComponent("البرقاوي")}&type=person`)), entityListResponseSchema);
    const person = found.items[0];
    expect(person?.name).toContain("البرقاوي");
    const profile = await answer(await routes.entity.GET(get(`/api/v1/entities/${person!.id}`), params(person!.id)), entityProfileResponseSchema);
    expect(profile.articles.map((a) => a.id)).toContain(articleId);
  });

  it("events: list and detail with coverage", async () => {
    const list = await answer(await routes.events.GET(get("/api/v1/events?country=EG")), eventListResponseSchema);
    const event = list.items[0];
    expect(event).toBeDefined();
    const detail = await answer(await routes.event.GET(get(`/api/v1/events/${event!.id}`), params(event!.id)), eventDetailResponseSchema);
    expect(detail.coverage[0]?.relation).toBe("first");
    expect(detail.coverage[0]?.joinedBy).toBeNull();

    // One event a page, with its articles; the cursor reads the next page and the last page says so.
    const first = await answer(await routes.events.GET(get("/api/v1/events?limit=1&include=articleIds")), eventListResponseSchema);
    expect(first.items[0]?.articleIds).toContain(articleId);
    const ids = [...first.items.map((e) => e.id)];
    for (let cursor = first.nextCursor; cursor; ) {
      const page = await answer(await routes.events.GET(get(`/api/v1/events?limit=1&cursor=${cursor}`)), eventListResponseSchema);
      ids.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(event!.id);
    const badCursor = await answer(await routes.events.GET(get("/api/v1/events?cursor=xyz")), errorResponseSchema, 400);
    expect(badCursor.error).toMatch(/cursor/);
    const badInclude = await answer(await routes.events.GET(get("/api/v1/events?include=everything")), errorResponseSchema, 400);
    expect(badInclude.field).toBe("include");

    // Detaching the only report of an event: it has no other report to leave, yet is recorded.
    const detached = await answer(
      await routes.detach.POST(postJson(`/api/v1/events/${event!.id}/detach`, { articleId: randomUUID() }), params(event!.id)),
      errorResponseSchema,
      404,
    );
    expect(detached.error).toMatch(/does not report this event|no such article/);
    const noArticle = await answer(await routes.detach.POST(postJson(`/api/v1/events/${event!.id}/detach`, {}), params(event!.id)), errorResponseSchema, 400);
    expect(noArticle.field).toBe("articleId");
  });

  it("says undated explicitly: no date, never the arrival day, listed after dated items", async () => {
    const article = await answer(await routes.article.GET(get(`/api/v1/articles/${undatedId}`), params(undatedId)), articleResponseSchema);
    expect([article.publishedAt, article.publishedSource]).toEqual([null, null]);
    const dated = await answer(await routes.article.GET(get(`/api/v1/articles/${articleId}`), params(articleId)), articleResponseSchema);
    expect([dated.publishedAt, dated.publishedSource]).toEqual([ARTICLE.publishedAt, "submitter"]);

    const list = await answer(await routes.events.GET(get("/api/v1/events?include=articleIds")), eventListResponseSchema);
    const undatedEvent = list.items.find((e) => e.articleIds?.includes(undatedId));
    expect(undatedEvent).toMatchObject({ undated: true, date: null, dateSource: null });
    expect(list.items.at(-1)?.id).toBe(undatedEvent!.id);
    expect(list.items.filter((e) => e.id !== undatedEvent!.id).every((e) => !e.undated && e.date !== null)).toBe(true);
    const detail = await answer(await routes.event.GET(get(`/api/v1/events/${undatedEvent!.id}`), params(undatedEvent!.id)), eventDetailResponseSchema);
    expect([detail.undated, detail.date]).toEqual([true, null]);
    // A date range holds only events known to fall in it.
    const today = new Date().toISOString().slice(0, 10);
    const ranged = await answer(await routes.events.GET(get(`/api/v1/events?from=${today}&to=${today}`)), eventListResponseSchema);
    expect(ranged.items).toEqual([]);

    const person = (await answer(await routes.entities.GET(get(`/api/v1/entities?q=${encodeURIComponent("فارس الزعبي")}&type=person`)), entityListResponseSchema)).items[0]!;
    const profile = await answer(await routes.entity.GET(get(`/api/v1/entities/${person.id}`), params(person.id)), entityProfileResponseSchema);
    expect(profile.titles).toEqual([]);
    expect(profile.undatedTitles.map((t) => [t.rank, t.rankKey, t.articleIds])).toEqual([["العميد", "brigadier-general", [undatedId]]]);
    expect(profile.events.map((e) => e.undated)).toEqual([true]);
    expect(profile.articles.map((a) => [a.id, a.undated])).toEqual([[undatedId, true]]);
  });

  it("search, feeds and errors", async () => {
    const hits = await answer(await routes.search.GET(get(`/api/v1/search?q=${encodeURIComponent("والتدريب")}`)), searchResponseSchema);
    expect(hits.items.map((h) => h.id)).toContain(articleId);
    await answer(await routes.feeds.POST(postJson("/api/v1/feeds", { url: "https://news.example/feed.xml" })), feedSchema, 201);
    const feeds = await answer(await routes.feeds.GET(get("/api/v1/feeds")), feedListResponseSchema);
    expect(feeds.items).toHaveLength(1);
    const missing = await answer(await routes.article.GET(get(`/api/v1/articles/${randomUUID()}`), params(randomUUID())), errorResponseSchema, 404);
    expect(missing.error).toMatch(/no article/);
  });

  it("every kind of error answer is exactly the published Error: field (or null), limit, retryAfterSeconds and nothing else", async () => {
    const { RateLimitedError } = await import("@marsad/api");
    const { toErrorResponse } = await import("../../../server/http/errors");
    const { guarded } = await import("../../../server/auth/guard");
    const source = { client: "192.0.2.1", ownOrigin: BASE, https: false };
    const refusedAs = (access: "anonymous" | "viewer") =>
      guarded(
        () => ({
          sourceOf: () => source,
          accessOf: () =>
            Promise.resolve(
              access === "anonymous"
                ? { kind: "anonymous" as const, reason: "signInRequired" as const }
                : { kind: "user" as const, via: "token" as const, principal: { userId: randomUUID(), username: "v", role: "viewer" as const } },
            ),
        }),
        "submit",
        () => Promise.resolve(new Response(null, { status: 204 })),
      )(postJson("/api/v1/articles", { text: "نص" }));
    const raw = (path: string, body: string, type = "application/json") =>
      new Request(`${BASE}${path}`, { method: "POST", headers: { "content-type": type }, body });
    const dbDown = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });

    const fieldError = await answer(await routes.articles.GET(get("/api/v1/articles?from=2026-02-31")), errorResponseSchema, 400);
    expect(fieldError.field).toBe("from");
    const wholeBody = await answer(await routes.articles.POST(raw("/api/v1/articles", "{not json")), errorResponseSchema, 400);
    expect(wholeBody.field).toBeNull();
    await answer(await refusedAs("anonymous"), errorResponseSchema, 401);
    await answer(await refusedAs("viewer"), errorResponseSchema, 403);
    await answer(await routes.article.GET(get(`/api/v1/articles/${randomUUID()}`), params(randomUUID())), errorResponseSchema, 404);
    const tooLarge = await answer(await routes.feeds.POST(raw("/api/v1/feeds", JSON.stringify({ url: "x".repeat(80 * 1024) }))), errorResponseSchema, 413);
    expect(tooLarge.limit).toBeGreaterThan(0);
    await answer(await routes.feeds.POST(raw("/api/v1/feeds", "url=x", "application/x-www-form-urlencoded")), errorResponseSchema, 415);
    const limited = await answer(toErrorResponse(new RateLimitedError(7)), errorResponseSchema, 429);
    expect(limited.retryAfterSeconds).toBe(7);
    await answer(toErrorResponse(dbDown), errorResponseSchema, 503);
  });

  it("the OpenAPI document names an operationId for every operation, its license, and 429 on every write", async () => {
    const document = (await routes.openapi.GET().json()) as {
      info: { license?: { name: string } };
      paths: Record<string, Record<string, { operationId?: string; requestBody?: unknown; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; additionalProperties?: boolean }> };
    };
    expect(document.info.license?.name).toBe("MIT");
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, ...operation })),
    );
    const ids = operations.map((o) => o.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const write of operations.filter((o) => o.method !== "get")) {
      const expected = "requestBody" in write ? ["413", "415", "429"] : ["429"];
      expect(Object.keys(write.responses), `${write.method} ${write.path}`).toEqual(expect.arrayContaining(expected));
    }
    expect(document.components.schemas.Error).toMatchObject({ additionalProperties: false });
    expect(Object.keys(document.components.schemas.Error?.properties ?? {}).sort()).toEqual(["error", "field", "limit", "retryAfterSeconds"]);
  });

  it("the OpenAPI document is served and names every schema", async () => {
    const response = routes.openapi.GET();
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/api/v1/events/{id}");
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Article", "EntityProfile", "EventDetail", "Error"]));
  });
});
