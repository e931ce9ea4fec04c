import type { Db } from "@marsad/db";
import {
  articleEntities,
  articles,
  eventArticles,
  eventParticipants,
  events,
  factCorrections,
  mentions,
  type FactCorrection,
} from "@marsad/schema/tables";
import type { FactCorrectionInput } from "@marsad/schema/zod";
import { and, eq, sql } from "drizzle-orm";
import type { StorableExtraction } from "../store/extraction-shape";
import { storeArticleKnowledge } from "../store/store-article-knowledge";
import type { Tx } from "../store/tx";
import { factKeys } from "./fact-keys";

/** The fact an analyst tried to correct does not exist (or the correction does not fit it). */
export class FactCorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FactCorrectionError";
  }
}

const corrected = async (tx: Tx, factType: FactCorrection["factType"], factKey: string) =>
  (
    await tx
      .select({ id: factCorrections.id })
      .from(factCorrections)
      .where(and(eq(factCorrections.factType, factType), eq(factCorrections.factKey, factKey)))
      .limit(1)
  ).length > 0;

/** The stored fact and the extractor version that wrote it; throws when there is no such fact. */
async function locate(tx: Tx, input: FactCorrectionInput): Promise<{ factKey: string; articleId: string | null; extractorVersion: string | null }> {
  switch (input.factType) {
    case "mention": {
      const factKey = factKeys.mention(input.entityId, input.start, input.end);
      const [row] = await tx
        .select({ v: mentions.extractorVersion })
        .from(mentions)
        .where(
          and(
            eq(mentions.articleId, input.articleId),
            eq(mentions.entityId, input.entityId),
            eq(mentions.start, input.start),
            eq(mentions.end, input.end),
          ),
        );
      // A mention rejected earlier has no row any more, yet may be accepted back.
      if (!row && !(await corrected(tx, "mention", factKey))) throw new FactCorrectionError("no such mention in this article");
      return { factKey, articleId: input.articleId, extractorVersion: row?.v ?? (await articleVersion(tx, input.articleId)) };
    }
    case "title": {
      const [row] = await tx
        .select({ v: articleEntities.extractorVersion })
        .from(articleEntities)
        .where(and(eq(articleEntities.articleId, input.articleId), eq(articleEntities.entityId, input.entityId)));
      if (!row) throw new FactCorrectionError("this article does not name this entity");
      return { factKey: factKeys.title(input.articleId, input.entityId), articleId: input.articleId, extractorVersion: row.v };
    }
    case "participant": {
      const factKey = factKeys.participant(input.eventId, input.entityId);
      const extractorVersion = await eventVersion(tx, input.eventId);
      const [row] = await tx
        .select({ id: eventParticipants.entityId })
        .from(eventParticipants)
        .where(and(eq(eventParticipants.eventId, input.eventId), eq(eventParticipants.entityId, input.entityId)));
      if (!row && !(await corrected(tx, "participant", factKey))) throw new FactCorrectionError("no such participant of this event");
      return { factKey, articleId: null, extractorVersion };
    }
    case "event":
      return { factKey: factKeys.event(input.eventId), articleId: null, extractorVersion: await eventVersion(tx, input.eventId) };
    case "report": {
      const factKey = factKeys.report(input.eventId, input.articleId);
      const [row] = await tx
        .select({ v: eventArticles.extractorVersion })
        .from(eventArticles)
        .where(and(eq(eventArticles.eventId, input.eventId), eq(eventArticles.articleId, input.articleId)))
        .limit(1);
      // A detached report is no longer the event's, yet may be let back.
      if (!row && !(await corrected(tx, "report", factKey))) throw new FactCorrectionError("this article does not report this event");
      return { factKey, articleId: input.articleId, extractorVersion: row?.v ?? (await articleVersion(tx, input.articleId)) };
    }
  }
}

async function articleVersion(tx: Tx, articleId: string) {
  const [row] = await tx.select({ v: articles.extractorVersion }).from(articles).where(eq(articles.id, articleId));
  if (!row) throw new FactCorrectionError("no such article");
  return row.v;
}

/** The newest extractor version among an event's reports; throws when there is no such event. */
async function eventVersion(tx: Tx, eventId: string) {
  const [row] = await tx
    .select({ id: events.id, v: sql<string | null>`(select max(${eventArticles.extractorVersion}) from ${eventArticles} where ${eventArticles.eventId} = ${events.id})` })
    .from(events)
    .where(eq(events.id, eventId));
  if (!row) throw new FactCorrectionError("no such event");
  return row.v;
}

/**
 * Records an analyst's judgement of one extracted fact and applies it at once. The correction is
 * appended to `fact_corrections` (never updated: the table is the audit log) and the store
 * re-applies every correction in force whenever the article is processed again:
 *
 * - a mention or a title: the article is written again from its stored extraction, which drops
 *   rejected mentions and overrides edited ranks and roles (an accept after a reject brings the fact back);
 * - a participant: rejected ones leave the event, accepted ones join it;
 * - an event: a reject hides it, an accept shows it again;
 * - an article's report of an event: a reject detaches it — the article is written again and its
 *   report makes an event of its own, never joining that event again — and an accept lets it join
 *   again when the rules find the same occasion.
 */
export async function correctFact(db: Db, input: FactCorrectionInput): Promise<FactCorrection> {
  const correction = await db.transaction(async (tx) => {
    const fact = await locate(tx, input);
    const [row] = await tx
      .insert(factCorrections)
      .values({
        articleId: fact.articleId,
        factType: input.factType,
        factKey: fact.factKey,
        action: input.action,
        value: input.factType === "title" && input.action === "edit" ? (input.value ?? null) : null,
        note: input.note ?? null,
        extractorVersion: fact.extractorVersion,
      })
      .returning();
    if (input.factType === "participant") {
      if (input.action === "reject") {
        await tx
          .delete(eventParticipants)
          .where(and(eq(eventParticipants.eventId, input.eventId), eq(eventParticipants.entityId, input.entityId)));
      } else {
        await tx.insert(eventParticipants).values({ eventId: input.eventId, entityId: input.entityId }).onConflictDoNothing();
      }
    }
    if (input.factType === "event") {
      await tx.update(events).set({ hidden: input.action === "reject", updatedAt: new Date() }).where(eq(events.id, input.eventId));
    }
    return row!;
  });
  if (input.factType === "mention" || input.factType === "title" || input.factType === "report") await rewriteArticle(db, input.articleId);
  return correction;
}

/**
 * Writes a processed article again from its stored extraction, so the corrections in force apply.
 * An article waiting for (re)processing is left alone: its worker applies them when it stores it.
 */
async function rewriteArticle(db: Db, articleId: string) {
  const [row] = await db.select().from(articles).where(eq(articles.id, articleId));
  if (!row || row.status !== "done" || !row.extraction || !row.extractorVersion) return;
  await storeArticleKnowledge(db, {
    articleId,
    extraction: row.extraction as StorableExtraction,
    extractorVersion: row.extractorVersion,
    article: {
      cleanedText: row.cleanedText,
      title: row.title,
      language: row.language,
      source: row.source,
      publishedAt: row.publishedAt,
      publishedSource: row.publishedSource,
      extraction: row.extraction,
    },
  });
}
