import type { Db } from "@marsad/db";
import { searchTerms } from "@marsad/extract/text";
import {
  articleEntities,
  entityAliases,
  articleSearch,
  articleTopics,
  articles,
  entities,
  eventArticles,
  eventParticipants,
  events,
  mentions,
  type NewArticle,
} from "@marsad/schema/tables";
import { and, eq, inArray, sql } from "drizzle-orm";
import { articleCorrections, correctedTitle, participantCorrections } from "../corrections/corrections-in-force";
import { factKeys } from "../corrections/fact-keys";
import { compatibleNames, nameKey, nameTokens } from "../person-names";
import { simhash } from "../simhash";
import type { Span, StorableExtraction } from "./extraction-shape";
import { lockKeys } from "./locks";
import { aliasRows, createEntity, findEntities, findEntity, type EntityCandidate } from "./resolve-entity";
import { resolveEvent } from "./resolve-event";
import { resolveSource } from "./resolve-source";
import { assignStory } from "./story";
import type { Tx } from "./tx";

export interface ArticleKnowledge {
  articleId: string;
  extraction: StorableExtraction;
  extractorVersion: string;
  /** What the article row gets when it is done. */
  article: Pick<NewArticle, "cleanedText" | "title" | "language" | "source" | "publishedAt" | "extraction">;
}

interface Linked {
  entityId: string;
  name: string;
  rank: string | null;
  role: string | null;
  country: string | null;
  spans: Span[];
}

const entityLockKey = (c: EntityCandidate) =>
  c.type === "person" ? `person:${nameTokens(c.name).at(-1) ?? ""}` : `${c.type}:${c.key ?? nameKey(c.name)}`;

function candidatesOf(x: StorableExtraction): Array<{ candidate: EntityCandidate; linked: Omit<Linked, "entityId"> }> {
  const out: Array<{ candidate: EntityCandidate; linked: Omit<Linked, "entityId"> }> = [];
  for (const p of x.persons) {
    out.push({
      candidate: { type: "person", name: p.name, variants: [p.name, ...p.aliases], country: p.country },
      linked: { name: p.name, rank: p.rank, role: p.role, country: p.country, spans: p.mentions ?? [] },
    });
  }
  for (const o of x.organizations) {
    out.push({
      candidate: { type: "organization", name: o.name, variants: [o.name], country: o.country },
      linked: { name: o.name, rank: null, role: null, country: o.country, spans: o.mentions ?? [] },
    });
  }
  for (const l of x.locations) {
    const isCountry = l.kind === "country" && l.country;
    out.push({
      candidate: {
        type: isCountry ? "country" : "place",
        name: l.name,
        variants: [l.name],
        country: l.country,
        placeKind: l.kind,
        lat: l.lat,
        lon: l.lon,
        ...(isCountry ? { key: `iso:${l.country!.toLowerCase()}` } : {}),
      },
      linked: { name: l.name, rank: null, role: null, country: l.country, spans: l.mentions ?? [] },
    });
  }
  return out;
}

/** Kind and state of a place the article names, from its own locations. */
function placeOf(x: StorableExtraction, name: string): { kind: string; country: string | null } | undefined {
  const key = nameKey(name);
  const hit = x.locations.find((l) => nameKey(l.name) === key) ?? x.locations.find((l) => key.includes(nameKey(l.name)));
  return hit ? { kind: hit.kind, country: hit.country } : undefined;
}

/** Removes what an earlier run stored for this article, returning what must be recounted. */
async function clearArticle(tx: Tx, articleId: string) {
  const oldEntities = await tx
    .delete(articleEntities)
    .where(eq(articleEntities.articleId, articleId))
    .returning({ id: articleEntities.entityId });
  await tx.delete(mentions).where(eq(mentions.articleId, articleId));
  await tx.delete(articleTopics).where(eq(articleTopics.articleId, articleId));
  const oldEvents = await tx
    .delete(eventArticles)
    .where(eq(eventArticles.articleId, articleId))
    .returning({ id: eventArticles.eventId });
  return { entityIds: oldEntities.map((r) => r.id), eventIds: oldEvents.map((r) => r.id) };
}

/**
 * Refreshes the denormalised counters of the entities and events an article touched. Run after
 * the article's transaction commits, each in a short statement of its own: the rows of a much
 * reported person or event are hot, and holding their locks for a whole article transaction
 * would serialise every worker behind them.
 */
async function recount(db: Db, entityIds: string[], eventIds: string[]) {
  if (entityIds.length) {
    await db
      .update(entities)
      .set({ mentionCount: sql`(select count(*)::int from ${mentions} where ${mentions.entityId} = ${entities.id})` })
      .where(inArray(entities.id, [...new Set(entityIds)]));
  }
  if (eventIds.length) {
    const ids = [...new Set(eventIds)];
    await db
      .update(events)
      .set({
        articleCount: sql`(select count(distinct ${eventArticles.articleId})::int from ${eventArticles} where ${eventArticles.eventId} = ${events.id})`,
      })
      .where(inArray(events.id, ids));
    // An event no article reports any more (the extractor changed its mind) is gone.
    await db.delete(events).where(sql`${events.id} in ${ids} and ${events.articleCount} = 0`);
  }
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
 * transaction. Running it again for the same article replaces that article's links and never
 * duplicates an entity, a mention or an event: at-least-once delivery, exactly-once results.
 * Analysts' corrections in force (`fact_corrections`) are applied to what was extracted, so they
 * survive every reprocessing.
 */
export async function storeArticleKnowledge(db: Db, input: ArticleKnowledge): Promise<void> {
  const { articleId, extraction, extractorVersion } = input;
  const candidates = candidatesOf(extraction);
  let touched: { entityIds: string[]; eventIds: string[] } = { entityIds: [], eventIds: [] };
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ createdAt: articles.createdAt })
      .from(articles)
      .where(eq(articles.id, articleId))
      .for("update");
    if (!row) return;
    const previous = await clearArticle(tx, articleId);

    const sourceId = input.article.source ? await resolveSource(tx, input.article.source) : null;

    // Known entities need no lock. Only names that would create an entity take the advisory lock of
    // their key (people: their family name), then look again: another worker may have just
    // created the same person. Most names are known once an archive has warmed up.
    const ids = await findEntities(tx, candidates.map((c) => c.candidate));
    const missing = candidates.filter((_, i) => ids[i] === undefined);
    if (missing.length) {
      await lockKeys(tx, missing.map((c) => entityLockKey(c.candidate)));
      for (const [i, c] of candidates.entries()) {
        if (ids[i] === undefined) ids[i] = (await findEntity(tx, c.candidate)) ?? (await createEntity(tx, c.candidate));
      }
    }
    const aliases = candidates.flatMap((c, i) => aliasRows(ids[i]!, c.candidate));
    if (aliases.length) await tx.insert(entityAliases).values(aliases).onConflictDoNothing();

    const linked = new Map<string, Linked>();
    for (const [i, { linked: info }] of candidates.entries()) {
      const entityId = ids[i]!;
      const seen = linked.get(entityId);
      if (seen) seen.spans.push(...info.spans);
      else linked.set(entityId, { entityId, ...info, spans: [...info.spans] });
    }
    // Analysts' corrections of this article outlive its rows: rejected mentions are not written
    // (an entity whose every mention was rejected is not linked at all), edited titles override
    // the printed rank and role.
    const corrections = await articleCorrections(tx, articleId);
    const links: Linked[] = [];
    for (const l of linked.values()) {
      const spans = l.spans.filter((s) => corrections.mentions.get(factKeys.mention(l.entityId, s.start, s.end))?.action !== "reject");
      if (l.spans.length > 0 && spans.length === 0) continue;
      links.push({ ...l, spans, ...correctedTitle(l, corrections.titles.get(factKeys.title(articleId, l.entityId))) });
    }
    if (links.length) {
      await tx.insert(articleEntities).values(
        links.map((l) => ({
          articleId,
          entityId: l.entityId,
          name: l.name,
          rank: l.rank,
          role: l.role,
          country: l.country,
          mentionCount: Math.max(l.spans.length, 1),
          extractorVersion,
        })),
      );
      const spanRows = links.flatMap((l) =>
        l.spans.map((s) => ({
          articleId,
          entityId: l.entityId,
          start: s.start,
          end: s.end,
          surface: s.surface ?? "",
          extractorVersion,
        })),
      );
      if (spanRows.length) await tx.insert(mentions).values(spanRows).onConflictDoNothing();
    }

    const persons = candidates.filter((c) => c.candidate.type === "person");
    const personIdByName = (name: string): string | undefined => {
      const hit = persons.find((p) => p.candidate.variants.some((v) => nameKey(v) === nameKey(name))) ??
        persons.find((p) => p.candidate.variants.some((v) => compatibleNames(v, name)));
      return hit ? links.find((l) => l.name === hit.linked.name)?.entityId : undefined;
    };
    const anchor = input.article.publishedAt ?? row.createdAt.toISOString().slice(0, 10);
    const eventIds: string[] = [];
    for (const [ordinal, event] of extraction.events.entries()) {
      const participantIds = [...new Set(event.participants.map(personIdByName).filter((id) => id !== undefined))];
      const place = event.location ? placeOf(extraction, event.location) : undefined;
      const eventId = await resolveEvent(tx, { event, participantIds, anchorDate: event.date ?? anchor, place });
      eventIds.push(eventId);
      await tx.insert(eventArticles).values({
        eventId,
        articleId,
        ordinal,
        evidence: event.evidence?.text ?? null,
        evidenceStart: event.evidence?.start ?? null,
        evidenceEnd: event.evidence?.end ?? null,
        summary: event.summary,
        extractorVersion,
      });
    }

    await applyParticipantCorrections(tx, eventIds);

    touched = { entityIds: [...previous.entityIds, ...links.map((l) => l.entityId)], eventIds: [...previous.eventIds, ...eventIds] };

    const topics = [...new Set(input.extraction.topics ?? [])];
    if (topics.length) await tx.insert(articleTopics).values(topics.map((topic) => ({ articleId, topic })));

    const cleaned = input.article.cleanedText ?? "";
    const hash = simhash(cleaned);
    const storyId = await assignStory(tx, { articleId, simhash: hash, eventIds, title: input.article.title ?? null });
    const now = new Date();
    await tx
      .update(articles)
      .set({
        ...input.article,
        extractorVersion,
        sourceId,
        simhash: hash,
        storyId,
        status: "done",
        error: null,
        updatedAt: now,
        processedAt: now,
      })
      .where(eq(articles.id, articleId));
    const vector = sql`strip(to_tsvector('simple', ${searchTerms(`${input.article.title ?? ""}\n${cleaned}`)}))`;
    await tx
      .insert(articleSearch)
      .values({ articleId, createdAt: row.createdAt, vector })
      .onConflictDoUpdate({ target: articleSearch.articleId, set: { vector } });
  });
  await recount(db, touched.entityIds, touched.eventIds);
}
