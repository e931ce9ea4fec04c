import type { Db } from "@marsad/db";
import { searchTerms } from "@marsad/extract/text";
import type { NewArticle } from "@marsad/schema/tables";
import { sql } from "drizzle-orm";
import { articleCorrections, correctedTitle } from "../corrections/corrections-in-force";
import { factKeys } from "../corrections/fact-keys";
import { compatibleNames, nameKey } from "../person-names";
import { simhash } from "../simhash";
import { insertArticleRows, clearArticles, type ArticleRows } from "./article-rows";
import { candidatesOf, placeOf, type Linked } from "./candidates";
import { updateCounters, type PreviousRows } from "./counters";
import type { StorableExtraction } from "./extraction-shape";
import { lockKeys } from "./locks";
import { PendingWrites, prepared } from "./prepared";
import { resolveEntities } from "./resolve-entities";
import { aliasRows } from "./resolve-entity";
import { eventLockKeys, peopleLockKeys } from "./resolve-event";
import { resolveBatchEvents, type ReportingArticle } from "./resolve-events";
import { resolveSources } from "./resolve-source";
import { assignStories } from "./story";
import type { Tx } from "./tx";

export interface ArticleKnowledge {
  articleId: string;
  extraction: StorableExtraction;
  extractorVersion: string;
  /** What the article row gets when it is done. */
  article: Pick<NewArticle, "cleanedText" | "title" | "language" | "source" | "publishedAt" | "publishedSource" | "extraction">;
}

/**
 * Writes one article's extraction into the linked store and marks the article done, in one
 * transaction (see `storeArticlesKnowledge`).
 */
export function storeArticleKnowledge(db: Db, input: ArticleKnowledge): Promise<void> {
  return storeArticlesKnowledge(db, [input]);
}

/**
 * Writes a batch of articles' extractions into the linked store and marks them done, in one
 * transaction with set-based statements: one lookup of all the batch's names, one insert of all
 * its links and mentions, one counter update. The articles are resolved in the order given, each
 * seeing what the ones before it stored, so the batch stores the same facts as storing them one
 * after the other. Running it again for the same articles replaces their links and never
 * duplicates an entity, a mention or an event: at-least-once delivery, exactly-once results.
 * Analysts' corrections in force (`fact_corrections`) are applied to what was extracted, so they
 * survive every reprocessing. An article deleted since it was claimed is left out; any other
 * failure fails the whole batch, and nothing of it is written.
 */
export async function storeArticlesKnowledge(db: Db, inputs: ArticleKnowledge[]): Promise<void> {
  // The same article twice in one batch (a redelivered job): its last extraction counts.
  const byId = new Map(inputs.map((input) => [input.articleId, input]));
  if (byId.size === 0) return;
  await db.transaction(async (tx) => {
    const writes = new PendingWrites();
    const ids = [...byId.keys()];
    // Article rows are locked in id order, as every batch does: two batches never wait on each other in a circle.
    const [present, previousOf, corrections] = await Promise.all([
      prepared<StoredRow>(
        tx,
        sql`select id, created_at, story_id, simhash::text as simhash, story_day::text as story_day, published_at::text as published_at
          from articles where id = any(${sql.param([...ids].sort())}::uuid[]) order by id for update`,
      ),
      clearArticles(tx, ids),
      articleCorrections(tx, ids),
    ]);
    // Deleted since they were claimed: nothing to store for them.
    const storedRow = new Map(present.map((r) => [r.id, r]));
    const batch = ids.filter((id) => storedRow.has(id)).map((id) => prepare(byId.get(id)!, storedRow.get(id)!, previousOf.get(id)!));
    if (batch.length === 0) return;

    const sourceNames = [...new Set(batch.flatMap((b) => (b.input.article.source ? [b.input.article.source] : [])))];
    const [sources, resolved] = await Promise.all([
      resolveSources(tx, sourceNames),
      resolveEntities(tx, writes, batch.map((b) => b.candidates.map((c) => c.candidate))),
    ]);
    const rows: ArticleRows = { aliases: [], links: [], mentions: [], topics: [] };
    // Alias rows stored already, or sent by a batch-mate: inserting them again would do nothing.
    const aliasSent = new Map([...resolved.storedAliasKeys].map(([id, keys]) => [id, new Set(keys)]));
    for (const [k, b] of batch.entries()) {
      b.entityIds = resolved.ids[k]!;
      b.links = linksOf(b, corrections.get(b.input.articleId)!);
      collectRows(rows, b, aliasSent);
    }
    insertArticleRows(tx, writes, batch[0]!.input.extractorVersion, rows);

    // Event locks after every entity lock, in every transaction: no two ever wait on each other in a circle.
    for (const b of batch) b.participantsOf = b.input.extraction.events.map((event) => participantIdsOf(b, event.participants));
    await lockKeys(
      tx,
      batch.flatMap((b) => [
        ...b.input.extraction.events.flatMap((event) => eventLockKeys(event.type, event.date ?? b.anchor)),
        ...b.participantsOf.flatMap(peopleLockKeys),
      ]),
    );
    const events = await resolveBatchEvents(tx, writes, batch.map(reportsOf));
    for (const [k, b] of batch.entries()) b.eventIds = events.eventIds[k]!;
    const stories = await assignStories(
      tx,
      writes,
      batch.map((b) => ({
        articleId: b.input.articleId,
        day: b.publishedAt ?? utcDay(b.createdAt),
        storyDay: (b.input.article.publishedAt !== undefined ? b.input.article.publishedAt : b.stored.published_at) ?? utcDay(b.createdAt),
        simhash: b.simhash,
        createdAt: b.createdAt,
        eventIds: b.eventIds,
        previousEventIds: b.previous.eventIds,
        title: b.input.article.title ?? null,
        before: { storyId: b.stored.story_id, simhash: b.stored.simhash === null ? null : BigInt(b.stored.simhash), storyDay: b.stored.story_day },
      })),
    );
    finishArticles(tx, writes, batch, stories, sources);
    indexArticles(tx, writes, batch);
    const previous: PreviousRows = {
      mentionEntityIds: batch.flatMap((b) => b.previous.mentionEntityIds),
      eventIds: batch.flatMap((b) => [...new Set(b.previous.eventIds)]),
    };
    const unreported = await updateCounters(tx, writes, {
      articleIds: batch.map((b) => b.input.articleId),
      previous,
      countryFills: resolved.countryFills,
      eventGains: events.gains,
    });
    // An event no article reports any more (the extractor changed its mind) is gone.
    if (unreported.length) {
      writes.add(prepared(tx, sql`delete from events where id = any(${sql.param(unreported)}::uuid[]) and article_count <= 0`));
    }
    await writes.settle();
  });
}

/** One article of a batch, as its storing goes along. */
/** An article's row as the batch found it (locked). */
interface StoredRow {
  id: string;
  created_at: Date;
  story_id: string | null;
  simhash: string | null;
  story_day: string | null;
  published_at: string | null;
}

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

interface Storing {
  input: ArticleKnowledge;
  candidates: ReturnType<typeof candidatesOf>;
  createdAt: Date;
  stored: StoredRow;
  previous: PreviousRows;
  cleaned: string;
  simhash: bigint;
  publishedAt: string | null;
  /**
   * The events' internal key when neither their text nor the article dates them: the arrival
   * day places nothing in time (`events.date` stays null), it only keeps reports of one undated
   * occasion, stored days apart, from being compared with every other undated event.
   */
  anchor: string;
  entityIds: string[];
  links: Linked[];
  participantsOf: string[][];
  eventIds: string[];
}

function prepare(input: ArticleKnowledge, stored: StoredRow, previous: PreviousRows): Storing {
  const cleaned = input.article.cleanedText ?? "";
  const publishedAt = input.article.publishedAt ?? null;
  const createdAt = new Date(stored.created_at);
  return {
    input,
    candidates: candidatesOf(input.extraction),
    createdAt,
    stored,
    previous,
    cleaned,
    simhash: simhash(cleaned),
    publishedAt,
    anchor: publishedAt ?? utcDay(createdAt),
    entityIds: [],
    links: [],
    participantsOf: [],
    eventIds: [],
  };
}

/**
 * The article's links, one per entity. Analysts' corrections of this article outlive its rows:
 * rejected mentions are not written (an entity whose every mention was rejected is not linked at
 * all), edited titles override the printed rank and role.
 */
function linksOf(b: Storing, corrections: Awaited<ReturnType<typeof articleCorrections>> extends Map<string, infer C> ? C : never): Linked[] {
  const linked = new Map<string, Linked>();
  for (const [i, { linked: info }] of b.candidates.entries()) {
    const entityId = b.entityIds[i]!;
    const seen = linked.get(entityId);
    if (seen) seen.spans.push(...info.spans);
    else linked.set(entityId, { entityId, ...info, spans: [...info.spans] });
  }
  const links: Linked[] = [];
  for (const l of linked.values()) {
    const spans = l.spans.filter((s) => corrections.mentions.get(factKeys.mention(l.entityId, s.start, s.end))?.action !== "reject");
    if (l.spans.length > 0 && spans.length === 0) continue;
    links.push({ ...l, spans, ...correctedTitle(l, corrections.titles.get(factKeys.title(b.input.articleId, l.entityId))) });
  }
  return links;
}

function collectRows(rows: ArticleRows, b: Storing, aliasSent: Map<string, Set<string>>): void {
  const articleId = b.input.articleId;
  for (const [i, c] of b.candidates.entries()) {
    for (const alias of aliasRows(b.entityIds[i]!, c.candidate)) {
      const sent = aliasSent.get(alias.entityId) ?? aliasSent.set(alias.entityId, new Set()).get(alias.entityId)!;
      if (sent.has(alias.aliasKey)) continue;
      sent.add(alias.aliasKey);
      rows.aliases.push(alias);
    }
  }
  for (const l of b.links) {
    rows.links.push({ ...l, articleId, mentionCount: Math.max(l.spans.length, 1) });
    for (const s of l.spans) rows.mentions.push({ articleId, entityId: l.entityId, start: s.start, end: s.end, surface: s.surface ?? "" });
  }
  for (const topic of new Set(b.input.extraction.topics ?? [])) rows.topics.push({ articleId, topic });
}

/** The linked people an event names, by the spellings the article gives them. */
function participantIdsOf(b: Storing, names: string[]): string[] {
  const persons = b.candidates.filter((c) => c.candidate.type === "person");
  const personIdByName = (name: string): string | undefined => {
    const hit = persons.find((p) => p.candidate.variants.some((v) => nameKey(v) === nameKey(name))) ??
      persons.find((p) => p.candidate.variants.some((v) => compatibleNames(v, name)));
    return hit ? b.links.find((l) => l.name === hit.linked.name)?.entityId : undefined;
  };
  return [...new Set(names.map(personIdByName).filter((id) => id !== undefined))];
}

/** The article's reports of events, in the order it tells them. */
function reportsOf(b: Storing): ReportingArticle {
  const { extraction, articleId, extractorVersion } = b.input;
  const locationEntity = (l: StorableExtraction["locations"][number]) => {
    const i = b.candidates.findIndex((c) => c.candidate.type !== "person" && c.candidate.type !== "organization" && c.linked.name === l.name);
    return i < 0 ? undefined : b.entityIds[i];
  };
  return {
    articleId,
    extractorVersion,
    reports: extraction.events.map((event, ordinal) => ({
      event,
      participantIds: b.participantsOf[ordinal]!,
      anchorDate: event.date ?? b.anchor,
      publishedAt: b.publishedAt,
      place: event.location ? placeOf(extraction, event.location, locationEntity) : undefined,
      reportedBefore: b.previous.eventIds,
    })),
  };
}

/**
 * The batch's article rows once done, in one statement (columns as arrays). A field an input
 * leaves undefined keeps its stored value (as an update that does not name it).
 */
function finishArticles(tx: Tx, writes: PendingWrites, batch: Storing[], stories: string[], sources: Map<string, string>): void {
  const given = batch.map((b) => b.input.article);
  const has = (f: (g: (typeof given)[number]) => unknown) => sql`${sql.param(given.map((g) => String(f(g) !== undefined)))}::text[]::boolean[]`;
  const values = (f: (g: (typeof given)[number]) => string | null | undefined) => sql`${sql.param(given.map((g) => f(g) ?? null))}::text[]`;
  const extraction = (g: (typeof given)[number]) => (g.extraction == null ? g.extraction : JSON.stringify(g.extraction));
  writes.add(
    prepared(
      tx,
      sql`update articles a set
          cleaned_text = case when f.has_cleaned then f.cleaned_text else a.cleaned_text end,
          title = case when f.has_title then f.title else a.title end,
          language = case when f.has_language then f.language::article_language else a.language end,
          source = case when f.has_source then f.source else a.source end,
          published_at = case when f.has_published then f.published_at::date else a.published_at end,
          published_source = case when f.has_published_source then f.published_source::published_source else a.published_source end,
          extraction = case when f.has_extraction then f.extraction::jsonb else a.extraction end,
          extractor_version = f.extractor_version, source_id = f.source_id, simhash = f.simhash, story_id = f.story_id,
          status = 'done', error = null, updated_at = now(), processed_at = now()
        from unnest(${sql.param(batch.map((b) => b.input.articleId))}::uuid[],
          ${has((g) => g.cleanedText)}, ${values((g) => g.cleanedText)}, ${has((g) => g.title)}, ${values((g) => g.title)},
          ${has((g) => g.language)}, ${values((g) => g.language)}, ${has((g) => g.source)}, ${values((g) => g.source)},
          ${has((g) => g.publishedAt)}, ${values((g) => g.publishedAt)}, ${has((g) => g.publishedSource)}, ${values((g) => g.publishedSource)},
          ${has((g) => g.extraction)}, ${values(extraction)}, ${sql.param(batch.map((b) => b.input.extractorVersion))}::text[],
          ${sql.param(given.map((g) => (g.source ? sources.get(g.source)! : null)))}::uuid[], ${sql.param(batch.map((b) => b.simhash.toString()))}::text[]::bigint[],
          ${sql.param(stories)}::uuid[])
          as f(id, has_cleaned, cleaned_text, has_title, title, has_language, language, has_source, source, has_published, published_at,
            has_published_source, published_source, has_extraction, extraction, extractor_version, source_id, simhash, story_id)
        where a.id = f.id`,
    ),
  );
}

/** The batch's search vectors, in one statement. */
function indexArticles(tx: Tx, writes: PendingWrites, batch: Storing[]): void {
  const terms = batch.map((b) => searchTerms(`${b.input.article.title ?? ""}\n${b.cleaned}`));
  writes.add(
    prepared(
      tx,
      sql`insert into article_search (article_id, created_at, vector)
        select a.id, a.created_at::timestamptz, strip(to_tsvector('simple', a.terms))
        from unnest(${sql.param(batch.map((b) => b.input.articleId))}::uuid[], ${sql.param(batch.map((b) => b.createdAt.toISOString()))}::text[],
          ${sql.param(terms)}::text[]) as a(id, created_at, terms)
        on conflict (article_id) do update set vector = excluded.vector`,
    ),
  );
}
