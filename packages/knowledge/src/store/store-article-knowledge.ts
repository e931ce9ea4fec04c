import type { Db } from "@marsad/db";
import { searchTerms } from "@marsad/extract/text";
import { articleSearch, articles, entities, eventParticipants, type NewArticle } from "@marsad/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { articleCorrections, correctedTitle, participantCorrections } from "../corrections/corrections-in-force";
import { factKeys } from "../corrections/fact-keys";
import { compatibleNames, familySkeleton, nameKey, nameTokens } from "../person-names";
import { simhash } from "../simhash";
import type { Span, StorableExtraction } from "./extraction-shape";
import { clearArticle, insertArticleRows } from "./article-rows";
import { updateCounters } from "./counters";
import { lockKeys } from "./locks";
import { organizationKey } from "./organization-identity";
import { siteIdentity } from "./site-identity";
import { PendingWrites, prepared } from "./prepared";
import { aliasRows, createEntity, findEntities, findEntity, type EntityCandidate } from "./resolve-entity";
import { eventLockKeys, mergeGains, peopleLockKeys, resolveEvent, type EventGain } from "./resolve-event";
import { resolveSource } from "./resolve-source";
import { assignStory, twinStory } from "./story";
import type { Tx } from "./tx";

export interface ArticleKnowledge {
  articleId: string;
  extraction: StorableExtraction;
  extractorVersion: string;
  /** What the article row gets when it is done. */
  article: Pick<NewArticle, "cleanedText" | "title" | "language" | "source" | "publishedAt" | "publishedSource" | "extraction">;
}

interface Linked {
  entityId: string;
  name: string;
  rank: string | null;
  role: string | null;
  country: string | null;
  spans: Span[];
}

// People's lock is their family name's skeleton: the Arabic and the Latin spelling of one person
// must not both create him at the same moment.
const entityLockKey = (c: EntityCandidate) =>
  c.type === "person" ? `person:${familySkeleton(c.name) ?? nameTokens(c.name).at(-1) ?? ""}` : `${c.type}:${c.key ?? nameKey(c.name)}`;

function candidatesOf(x: StorableExtraction): Array<{ candidate: EntityCandidate; linked: Omit<Linked, "entityId"> }> {
  const out: Array<{ candidate: EntityCandidate; linked: Omit<Linked, "entityId"> }> = [];
  for (const p of x.persons) {
    out.push({
      candidate: { type: "person", name: p.name, variants: [p.name, ...p.aliases], country: p.country },
      linked: { name: p.name, rank: p.rank, role: p.role, country: p.country, spans: p.mentions ?? [] },
    });
  }
  for (const o of x.organizations) {
    // A known organization is one entity in every language (الناتو / NATO, وزارة الدفاع التركية / Turkish Defense Ministry).
    const known = organizationKey(o.name, o.country);
    out.push({
      candidate: { type: "organization", name: o.name, variants: [o.name], country: o.country, ...(known ? { key: known } : {}) },
      linked: { name: o.name, rank: null, role: null, country: o.country, spans: o.mentions ?? [] },
    });
  }
  for (const l of x.locations) {
    const isCountry = l.kind === "country" && l.country;
    const gazetteerKey = placeKey(l);
    // A site is where its name says, whoever the article credits it to.
    const site = l.kind === "site" ? siteIdentity(l.name) : undefined;
    const country = site?.state ?? l.country;
    out.push({
      candidate: {
        type: isCountry ? "country" : "place",
        name: l.name,
        variants: [l.name],
        country,
        ...(site?.specific && !site.state ? { anyCountry: true } : {}),
        placeKind: l.kind,
        lat: l.lat,
        lon: l.lon,
        ...(isCountry ? { key: `iso:${l.country!.toLowerCase()}` } : gazetteerKey ? { key: gazetteerKey } : {}),
      },
      linked: { name: l.name, rank: null, role: null, country, spans: l.mentions ?? [] },
    });
  }
  return out;
}

/**
 * A city or region the gazetteer knows is one place in every language: its key is the gazetteer
 * entry's state and coordinates (بكين and Beijing are both CN 39.9 116.41), not its spelling.
 * Sites and places the gazetteer does not place keep their name key.
 */
function placeKey(l: StorableExtraction["locations"][number]): string | undefined {
  if ((l.kind !== "city" && l.kind !== "region") || l.lat == null || l.lon == null) return undefined;
  return `geo:${l.kind}:${l.country ?? ""}:${l.lat.toFixed(2)}:${l.lon.toFixed(2)}`;
}

/** Kind, state and entity of a place the article names, from its own locations. */
function placeOf(
  x: StorableExtraction,
  name: string,
  entityOf: (location: StorableExtraction["locations"][number]) => string | undefined,
): { kind: string; country: string | null; entityId?: string | undefined } | undefined {
  const key = nameKey(name);
  const exact = x.locations.find((l) => nameKey(l.name) === key);
  const hit = exact ?? x.locations.find((l) => key.includes(nameKey(l.name)));
  // The entity stands for the event's place only when it is that place, not a city it lies in.
  return hit ? { kind: hit.kind, country: hit.country, entityId: exact ? entityOf(exact) : undefined } : undefined;
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
  const cleaned = input.article.cleanedText ?? "";
  const hash = simhash(cleaned);
  await db
    .transaction(async (tx) => {
      // Statements that need no earlier answer go out together, in this order; Postgres runs them
      // one after the other, so the clearing waits for the article's lock like before. Each round
      // trip costs both processes CPU, and the worker runs this for every article.
      const writes = new PendingWrites();
      const [[row], previous, sourceId, ids, corrections, twinStoryId] = await Promise.all([
        tx.select({ createdAt: articles.createdAt }).from(articles).where(eq(articles.id, articleId)).for("update").prepare("lock_article").execute(),
        clearArticle(tx, articleId),
        input.article.source ? resolveSource(tx, input.article.source) : null,
        findEntities(tx, candidates.map((c) => c.candidate)),
        articleCorrections(tx, articleId),
        twinStory(tx, articleId, input.article.publishedAt ?? null, hash),
      ]);
      // Gone since it was claimed: undo the source row the batch may have created, store nothing.
      if (!row) throw articleGone;

      // Known entities need no lock. Only names that would create an entity take the advisory lock of
      // their key (people: their family name), then look again: another worker may have just
      // created the same person. Most names are known once an archive has warmed up.
      const missing = candidates.filter((_, i) => ids[i] === undefined);
      const countryFills: Array<{ id: string; country: string }> = [];
      if (missing.length) {
        await lockKeys(tx, missing.map((c) => entityLockKey(c.candidate)));
        for (const [i, c] of candidates.entries()) {
          if (ids[i] === undefined) ids[i] = (await findEntity(tx, c.candidate, countryFills)) ?? (await createEntity(tx, c.candidate));
        }
      }

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
      const links: Linked[] = [];
      for (const l of linked.values()) {
        const spans = l.spans.filter((s) => corrections.mentions.get(factKeys.mention(l.entityId, s.start, s.end))?.action !== "reject");
        if (l.spans.length > 0 && spans.length === 0) continue;
        links.push({ ...l, spans, ...correctedTitle(l, corrections.titles.get(factKeys.title(articleId, l.entityId))) });
      }
      insertArticleRows(tx, writes, articleId, extractorVersion, {
        aliases: candidates.flatMap((c, i) => aliasRows(ids[i]!, c.candidate)),
        links: links.map((l) => ({ ...l, mentionCount: Math.max(l.spans.length, 1) })),
        mentions: links.flatMap((l) => l.spans.map((s) => ({ entityId: l.entityId, start: s.start, end: s.end, surface: s.surface ?? "" }))),
        topics: [...new Set(input.extraction.topics ?? [])],
      });

      const persons = candidates.filter((c) => c.candidate.type === "person");
      const personIdByName = (name: string): string | undefined => {
        const hit = persons.find((p) => p.candidate.variants.some((v) => nameKey(v) === nameKey(name))) ??
          persons.find((p) => p.candidate.variants.some((v) => compatibleNames(v, name)));
        return hit ? links.find((l) => l.name === hit.linked.name)?.entityId : undefined;
      };
      const locationEntity = (l: StorableExtraction["locations"][number]) => {
        const i = candidates.findIndex((c) => c.candidate.type !== "person" && c.candidate.type !== "organization" && c.linked.name === l.name);
        return i < 0 ? undefined : ids[i];
      };
      const createdAt = row.createdAt;
      // The events' internal key when neither their text nor the article dates them: the arrival
      // day places nothing in time (`events.date` stays null), it only keeps reports of one
      // undated occasion, stored days apart, from being compared with every other undated event.
      const publishedAt = input.article.publishedAt ?? null;
      const anchor = publishedAt ?? createdAt.toISOString().slice(0, 10);
      const eventIds: string[] = [];
      const gains: EventGain[] = [];
      const participantsOf = extraction.events.map((event) => [...new Set(event.participants.map(personIdByName).filter((id) => id !== undefined))]);
      await lockKeys(tx, [
        ...extraction.events.flatMap((event) => eventLockKeys(event.type, event.date ?? anchor)),
        ...participantsOf.flatMap(peopleLockKeys),
      ]);
      // One event after the other: a later event of this article may be the same as an earlier one.
      for (const [ordinal, event] of extraction.events.entries()) {
        const participantIds = participantsOf[ordinal]!;
        const place = event.location ? placeOf(extraction, event.location, locationEntity) : undefined;
        const { id, gain } = await resolveEvent(
          tx,
          writes,
          { event, participantIds, anchorDate: event.date ?? anchor, publishedAt, place, reportedBefore: previous.eventIds, takenByArticle: eventIds },
          { articleId, ordinal, extractorVersion },
        );
        eventIds.push(id);
        if (gain) gains.push(gain);
      }

      const [storyId] = await Promise.all([
        assignStory(tx, { articleId, twinStoryId, eventIds, title: input.article.title ?? null }),
        applyParticipantCorrections(tx, eventIds),
      ]);
      const now = new Date();
      writes.add(
        tx
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
          .where(eq(articles.id, articleId))
          .prepare("finish_article")
          .execute(),
      );
      const vector = sql`strip(to_tsvector('simple', ${searchTerms(`${input.article.title ?? ""}\n${cleaned}`)}))`;
      writes.add(
        tx
          .insert(articleSearch)
          .values({ articleId, createdAt, vector })
          .onConflictDoUpdate({ target: articleSearch.articleId, set: { vector } })
          .prepare("index_article")
          .execute(),
      );
      const unreported = await updateCounters(tx, writes, { articleId, previous, countryFills, eventGains: mergeGains(gains) });
      // An event no article reports any more (the extractor changed its mind) is gone.
      if (unreported.length) {
        writes.add(prepared(tx, sql`delete from events where id = any(${sql.param(unreported)}::uuid[]) and article_count <= 0`));
      }
      await writes.settle();
    })
    .catch((error: unknown) => {
      // Gone since it was claimed: nothing to store.
      if (error !== articleGone) throw error;
    });
}

const articleGone = new Error("article deleted while being stored");
