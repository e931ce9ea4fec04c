import type { Db } from "@marsad/db";
import { searchTerms } from "@marsad/extract/text";
import { entities, eventParticipants, type NewArticle } from "@marsad/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { articleCorrections, correctedTitle, participantCorrections } from "../corrections/corrections-in-force";
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
import { eventLockKeys, mergeGains, peopleLockKeys, resolveEvent, type EventGain } from "./resolve-event";
import { resolveSources } from "./resolve-source";
import { assignStory } from "./story";
import type { Tx } from "./tx";

export interface ArticleKnowledge {
  articleId: string;
  extraction: StorableExtraction;
  extractorVersion: string;
  /** What the article row gets when it is done. */
  article: Pick<NewArticle, "cleanedText" | "title" | "language" | "source" | "publishedAt" | "publishedSource" | "extraction">;
}

/**
 * Participants an analyst rejected are taken off the events this article reports (the extraction
 * has just put them back), and accepted ones are kept even when the extractor no longer names them.
 */
async function applyParticipantCorrections(tx: Tx, eventIds: string[]) {
  const inForce = await participantCorrections(tx, eventIds);
  for (const c of inForce.values()) {
    const [eventId, entityId] = c.factKey.split(":") as [string, string];
    if (c.action === "reject") {
      await tx
        .delete(eventParticipants)
        .where(and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.entityId, entityId)));
    } else {
      await tx
        .insert(eventParticipants)
        .select(
          tx
            .select({ eventId: sql<string>`${eventId}::uuid`.as("event_id"), entityId: entities.id })
            .from(entities)
            .where(eq(entities.id, entityId)),
        )
        .onConflictDoNothing();
    }
  }
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
      prepared<{ id: string; created_at: Date }>(
        tx,
        sql`select id, created_at from articles where id = any(${sql.param([...ids].sort())}::uuid[]) order by id for update`,
      ),
      clearArticles(tx, ids),
      articleCorrections(tx, ids),
    ]);
    // Deleted since they were claimed: nothing to store for them.
    const createdAt = new Map(present.map((r) => [r.id, new Date(r.created_at)]));
    const batch = ids.filter((id) => createdAt.has(id)).map((id) => prepare(byId.get(id)!, createdAt.get(id)!, previousOf.get(id)!));
    if (batch.length === 0) return;

    const sourceNames = [...new Set(batch.flatMap((b) => (b.input.article.source ? [b.input.article.source] : [])))];
    const [sources, resolved] = await Promise.all([
      resolveSources(tx, sourceNames),
      resolveEntities(tx, writes, batch.map((b) => b.candidates.map((c) => c.candidate))),
    ]);
    const rows: ArticleRows = { aliases: [], links: [], mentions: [], topics: [] };
    for (const [k, b] of batch.entries()) {
      b.entityIds = resolved.ids[k]!;
      b.links = linksOf(b, corrections.get(b.input.articleId)!);
      collectRows(rows, b);
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
    const batchGains = new Map<string, EventGain>();
    for (const b of batch) {
      await resolveEvents(tx, writes, b, batchGains);
      b.storyId = await assignStory(tx, writes, {
        articleId: b.input.articleId,
        publishedAt: b.publishedAt,
        simhash: b.simhash,
        eventIds: b.eventIds,
        title: b.input.article.title ?? null,
      });
      // Written now, so the next article of the batch finds this one as a near-duplicate.
      finishArticle(tx, writes, b, sources);
    }
    await applyParticipantCorrections(tx, batch.flatMap((b) => b.eventIds));
    indexArticles(tx, writes, batch);
    const previous: PreviousRows = {
      mentionEntityIds: batch.flatMap((b) => b.previous.mentionEntityIds),
      eventIds: batch.flatMap((b) => [...new Set(b.previous.eventIds)]),
    };
    const unreported = await updateCounters(tx, writes, {
      articleIds: batch.map((b) => b.input.articleId),
      previous,
      countryFills: resolved.countryFills,
      eventGains: [...batchGains.values()],
    });
    // An event no article reports any more (the extractor changed its mind) is gone.
    if (unreported.length) {
      writes.add(prepared(tx, sql`delete from events where id = any(${sql.param(unreported)}::uuid[]) and article_count <= 0`));
    }
    await writes.settle();
  });
}

/** One article of a batch, as its storing goes along. */
interface Storing {
  input: ArticleKnowledge;
  candidates: ReturnType<typeof candidatesOf>;
  createdAt: Date;
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
  storyId: string | null;
}

function prepare(input: ArticleKnowledge, createdAt: Date, previous: PreviousRows): Storing {
  const cleaned = input.article.cleanedText ?? "";
  const publishedAt = input.article.publishedAt ?? null;
  return {
    input,
    candidates: candidatesOf(input.extraction),
    createdAt,
    previous,
    cleaned,
    simhash: simhash(cleaned),
    publishedAt,
    anchor: publishedAt ?? createdAt.toISOString().slice(0, 10),
    entityIds: [],
    links: [],
    participantsOf: [],
    eventIds: [],
    storyId: null,
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

function collectRows(rows: ArticleRows, b: Storing): void {
  const articleId = b.input.articleId;
  rows.aliases.push(...b.candidates.flatMap((c, i) => aliasRows(b.entityIds[i]!, c.candidate)));
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

/** The article's events, one after the other: a later event of this article may be the same as an earlier one. */
async function resolveEvents(tx: Tx, writes: PendingWrites, b: Storing, batchGains: Map<string, EventGain>): Promise<void> {
  const { extraction, articleId, extractorVersion } = b.input;
  const locationEntity = (l: StorableExtraction["locations"][number]) => {
    const i = b.candidates.findIndex((c) => c.candidate.type !== "person" && c.candidate.type !== "organization" && c.linked.name === l.name);
    return i < 0 ? undefined : b.entityIds[i];
  };
  const gains: EventGain[] = [];
  for (const [ordinal, event] of extraction.events.entries()) {
    const place = event.location ? placeOf(extraction, event.location, locationEntity) : undefined;
    const { id, gain } = await resolveEvent(
      tx,
      writes,
      {
        event,
        participantIds: b.participantsOf[ordinal]!,
        anchorDate: event.date ?? b.anchor,
        publishedAt: b.publishedAt,
        place,
        reportedBefore: b.previous.eventIds,
        takenByArticle: b.eventIds,
        batchGains,
      },
      { articleId, ordinal, extractorVersion },
    );
    b.eventIds.push(id);
    if (gain) gains.push(gain);
  }
  for (const g of mergeGains([...batchGains.values(), ...gains])) batchGains.set(g.id, g);
}

/**
 * The article's row once done. A field the input leaves undefined keeps its stored value (as an
 * update that does not name it); the flags keep the statement's text the same for every article.
 */
function finishArticle(tx: Tx, writes: PendingWrites, b: Storing, sources: Map<string, string>): void {
  const given = b.input.article;
  const field = <T>(value: T | undefined, column: string, type: string) =>
    sql`case when ${value !== undefined}::boolean then ${value ?? null}::${sql.raw(type)} else ${sql.raw(column)} end`;
  writes.add(
    prepared(
      tx,
      sql`update articles set cleaned_text = ${field(given.cleanedText, "cleaned_text", "text")}, title = ${field(given.title, "title", "text")},
          language = ${field(given.language, "language", "article_language")}, source = ${field(given.source, "source", "text")},
          published_at = ${field(given.publishedAt, "published_at", "date")},
          published_source = ${field(given.publishedSource, "published_source", "published_source")},
          extraction = ${field(given.extraction == null ? given.extraction : JSON.stringify(given.extraction), "extraction", "jsonb")},
          extractor_version = ${b.input.extractorVersion}::text, source_id = ${given.source ? sources.get(given.source)! : null}::uuid,
          simhash = ${b.simhash}::bigint, story_id = ${b.storyId}::uuid, status = 'done', error = null, updated_at = now(), processed_at = now()
        where id = ${b.input.articleId}::uuid`,
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
