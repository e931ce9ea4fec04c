import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, insertArticleOnce, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { extractArticle } from "@marsad/extract";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctFact } from "../corrections/correct-fact";
import { articleKnowledge } from "./article-knowledge";
import { storeArticleKnowledge, storeArticlesKnowledge, type ArticleKnowledge } from "./store-article-knowledge";

// The sample articles live in ../shared (never in the repo); without them there is nothing to compare.
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../../shared");
const dirs = [path.join(shared, "corpus"), path.join(shared, "devset", "articles")].filter((d) => existsSync(d));
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(d, f), "utf8")));
// Every text twice (a rewrite of the same wire, another report of the same events): batch-mates then
// create, find and join each other's entities, events and stories.
const articles = [...texts, ...texts.map((t, i) => `${t}\n(نسخة ${i})`)];

let dbs: TestDatabase[] = [];
let handles: DbHandle[] = [];

beforeAll(async () => {
  if (texts.length === 0) return;
  dbs = await Promise.all([createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL), createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL)]);
  handles = dbs.map((d) => createDb(d.url));
}, 60_000);

afterAll(async () => {
  await Promise.all(handles.map((h) => h.close()));
  await Promise.all(dbs.map((d) => d.drop()));
});

async function submitAll(handle: DbHandle): Promise<ArticleKnowledge[]> {
  const out: ArticleKnowledge[] = [];
  for (const text of articles) {
    const contentHash = createHash("sha256").update(text).digest("hex");
    const { article } = await insertArticleOnce(handle.db, { rawText: text, contentHash });
    const extraction = extractArticle({ text, title: null, publishedHint: null });
    out.push(articleKnowledge(article, extraction, "batch-test"));
  }
  return out;
}

/** Everything stored, by natural keys (ids differ between two databases), sorted. */
async function facts(handle: DbHandle) {
  const rows = async (query: ReturnType<typeof sql>) => ((await handle.db.execute(query)) as unknown as Array<{ k: string }>).map((r) => r.k).sort();
  const ent = sql`(select type || ':' || name_key || ':' || coalesce(country, '-') from entities where id = `;
  const art = sql`(select content_hash from articles where id = `;
  return {
    entities: await rows(sql`select concat_ws('|', type, name_key, country, canonical_name, mention_count, family_skeleton, lat, lon) as k from entities`),
    aliases: await rows(sql`select concat_ws('|', ${ent} entity_id), alias_key) as k from entity_aliases`),
    mentions: await rows(sql`select concat_ws('|', ${art} article_id), start, "end", ${ent} entity_id), surface) as k from mentions`),
    links: await rows(sql`select concat_ws('|', ${art} article_id), ${ent} entity_id), rank, role, country, mention_count) as k from article_entities`),
    events: await rows(sql`
      select concat_ws('|', e.type, e.date, e.date_source, e.anchor_date, e.location, e.location_kind, e.location_country, ${ent} e.location_entity_id),
        array_to_string(e.countries, ','), e.article_count,
        (select string_agg(${ent} p.entity_id), ',' order by ${ent} p.entity_id)) from event_participants p where p.event_id = e.id),
        (select string_agg(${art} ea.article_id) || '#' || ea.ordinal, ',' order by ${art} ea.article_id) || '#' || ea.ordinal) from event_articles ea where ea.event_id = e.id)) as k
      from events e`),
    stories: await rows(sql`select string_agg(content_hash, ',' order by content_hash) as k from articles group by story_id`),
    done: await rows(sql`select concat_ws('|', content_hash, status, source_id is not null, published_at, simhash) as k from articles`),
  };
}

/** The stored articles' inputs, read again (as reprocessing reads them). */
async function storedInputs(handle: DbHandle, which: string[]): Promise<ArticleKnowledge[]> {
  const inputs: ArticleKnowledge[] = [];
  for (const text of which) {
    const [row] = (await handle.db.execute(
      sql`select id, title, source, published_at as "publishedAt", published_source as "publishedSource" from articles where content_hash = ${createHash("sha256").update(text).digest("hex")}`,
    )) as unknown as Array<{ id: string; title: string | null; source: string | null; publishedAt: string | null; publishedSource: null }>;
    inputs.push(articleKnowledge(row!, extractArticle({ text, title: null, publishedHint: null }), "batch-test"));
  }
  return inputs;
}

/**
 * The same corrections in both databases, chosen by what the facts are (ids differ): on the most
 * reported event naming two people or more, a participant rejected and one report detached.
 */
async function correctAlike(handle: DbHandle): Promise<{ eventId: string; entityId: string; articleId: string }> {
  const [pick] = (await handle.db.execute(sql`
    select e.id as "eventId",
      (select p.entity_id from event_participants p join entities x on x.id = p.entity_id where p.event_id = e.id order by x.name_key limit 1) as "entityId",
      (select ea.article_id from event_articles ea join articles a on a.id = ea.article_id where ea.event_id = e.id order by a.content_hash desc limit 1) as "articleId"
    from events e
    where (select count(*) from event_participants p where p.event_id = e.id) >= 2 and e.article_count >= 2
    order by e.article_count desc, e.anchor_date, e.type, e.summary limit 1`)) as unknown as Array<{ eventId: string; entityId: string; articleId: string }>;
  expect(pick).toBeDefined();
  const { eventId, entityId, articleId } = pick!;
  await correctFact(handle.db, { factType: "participant", eventId, entityId, action: "reject" });
  await correctFact(handle.db, { factType: "report", eventId, articleId, action: "reject" });
  return pick!;
}

/** Whether the rejected participant and the detached report are still off the event. */
async function stillCorrected(handle: DbHandle, c: { eventId: string; entityId: string; articleId: string }) {
  const [row] = (await handle.db.execute(sql`
    select exists (select 1 from event_participants where event_id = ${c.eventId} and entity_id = ${c.entityId}) as participant,
      exists (select 1 from event_articles where event_id = ${c.eventId} and article_id = ${c.articleId}) as report`)) as unknown as Array<{
    participant: boolean;
    report: boolean;
  }>;
  return row;
}

describe.skipIf(texts.length === 0)("storing in batches", () => {
  it("stores the same entities, mentions, events and stories as storing the articles one by one", async () => {
    const [single, batched] = handles as [DbHandle, DbHandle];
    for (const input of await submitAll(single)) await storeArticleKnowledge(single.db, input);
    const inputs = await submitAll(batched);
    for (let i = 0; i < inputs.length; i += 16) await storeArticlesKnowledge(batched.db, inputs.slice(i, i + 16));

    const [one, many] = [await facts(single), await facts(batched)];
    expect(one.entities.length).toBeGreaterThan(20);
    expect(one.events.length).toBeGreaterThan(5);
    expect(many).toEqual(one);
  }, 120_000);

  it("stores a batch again without a duplicate and with every count unchanged", async () => {
    const [, batched] = handles as [DbHandle, DbHandle];
    const before = await facts(batched);
    const inputs = await storedInputs(batched, articles.slice(0, 20));
    // The same article twice in one batch (a job delivered twice) counts once.
    await storeArticlesKnowledge(batched.db, [...inputs, inputs[0]!]);
    expect(await facts(batched)).toEqual(before);
  }, 120_000);

  it("applies analysts' corrections alike when the articles are stored again in batches and one by one", async () => {
    const [single, batched] = handles as [DbHandle, DbHandle];
    const corrected = [await correctAlike(single), await correctAlike(batched)] as const;
    for (const input of await storedInputs(single, articles)) await storeArticleKnowledge(single.db, input);
    const inputs = await storedInputs(batched, articles);
    for (let i = 0; i < inputs.length; i += 16) await storeArticlesKnowledge(batched.db, inputs.slice(i, i + 16));
    expect(await stillCorrected(single, corrected[0])).toEqual({ participant: false, report: false });
    expect(await stillCorrected(batched, corrected[1])).toEqual({ participant: false, report: false });
    expect(await facts(batched)).toEqual(await facts(single));
  }, 180_000);
});
