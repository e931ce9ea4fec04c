import { isCalendarDay, type EventJoin } from "@marsad/schema";
import { articles, entities, eventArticles, eventParticipants, events, type EventType } from "@marsad/schema/tables";
import { and, asc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { InvalidCursorError, isCursorTimestamp } from "./cursor-time";
import { eventDateRange, eventsByKnownDate } from "./event-time";

export interface EventFilter {
  country?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  type?: EventType | undefined;
  personId?: string | undefined;
  limit: number;
  /** `nextCursor` of the previous page. */
  cursor?: string | undefined;
  /** `articleIds`: each event carries the ids of the articles that reported it. */
  include?: "articleIds" | undefined;
}

/** Where a page ends in `eventsByKnownDate` order: the day (or none), the creation time to the microsecond, the id. */
interface EventCursor {
  date: string | null;
  createdAt: string;
  id: string;
}

const encodeEventCursor = (c: EventCursor) => Buffer.from(JSON.stringify([c.date, c.createdAt, c.id]), "utf8").toString("base64url");

function decodeEventCursor(cursor: string): EventCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parts) || parts.length !== 3) throw new InvalidCursorError();
  const [date, createdAt, id] = parts as unknown[];
  if (date !== null && (typeof date !== "string" || !isCalendarDay(date))) throw new InvalidCursorError();
  if (typeof createdAt !== "string" || !isCursorTimestamp(createdAt)) throw new InvalidCursorError();
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) throw new InvalidCursorError();
  return { date, createdAt, id };
}

/** The events after a cursor in `eventsByKnownDate` order (dated newest first, then undated). */
function afterCursor(c: EventCursor) {
  const rest = sql`(${events.createdAt}, ${events.id}) < (${c.createdAt}::timestamptz, ${c.id}::uuid)`;
  if (c.date === null) return sql`(${events.date} is null and ${rest})`;
  return sql`(${events.date} < ${c.date}::date or (${events.date} = ${c.date}::date and ${rest}) or ${events.date} is null)`;
}

/**
 * Events with their participants: dated ones newest first, then the undated ones (latest arrived
 * first); a date range keeps only events known to fall in it. `undated` says it explicitly.
 */
export async function listEvents(db: Db, filter: EventFilter) {
  const rows = await db
    .select({ ...getTableColumns(events), createdAtExact: sql<string>`${events.createdAt}::text` })
    .from(events)
    .where(
      and(
        // Events an analyst rejected are hidden (see `fact_corrections`).
        eq(events.hidden, false),
        filter.country ? sql`${events.countries} @> array[${filter.country.toUpperCase()}]::text[]` : undefined,
        eventDateRange(filter.from, filter.to),
        filter.type ? eq(events.type, filter.type) : undefined,
        filter.personId
          ? sql`${events.id} in (select ${eventParticipants.eventId} from ${eventParticipants} where ${eventParticipants.entityId} = ${filter.personId})`
          : undefined,
        filter.cursor ? afterCursor(decodeEventCursor(filter.cursor)) : undefined,
      ),
    )
    .orderBy(...eventsByKnownDate)
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > filter.limit && last ? encodeEventCursor({ date: last.date, createdAt: last.createdAtExact, id: last.id }) : null;
  if (page.length === 0) return { items: [], nextCursor };
  const ids = page.map((r) => r.id);
  const [people, reports] = await Promise.all([
    db
      .select({ eventId: eventParticipants.eventId, id: entities.id, name: entities.canonicalName, country: entities.country })
      .from(eventParticipants)
      .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
      .where(inArray(eventParticipants.eventId, ids)),
    filter.include === "articleIds"
      ? db
          .selectDistinct({ eventId: eventArticles.eventId, articleId: eventArticles.articleId })
          .from(eventArticles)
          .where(inArray(eventArticles.eventId, ids))
      : Promise.resolve([]),
  ]);
  const items = page.map(({ createdAtExact: _c, ...r }) => ({
    ...r,
    undated: r.date === null,
    participants: people.filter((p) => p.eventId === r.id).map(({ eventId: _e, ...p }) => p),
    ...(filter.include === "articleIds" ? { articleIds: reports.filter((a) => a.eventId === r.id).map((a) => a.articleId) } : {}),
  }));
  return { items, nextCursor };
}

/**
 * The coverage log of an event: every article that reported it, oldest first, with the outlet
 * and the evidence sentence. The first is the first report; `nearDuplicateOf` names an earlier
 * article whose text this one rewrites (SimHash within `nearBits`), else the article added detail.
 */
export async function getEventCoverage(db: Db, eventId: string, nearBits: number) {
  const rows = await db
    .select({
      articleId: articles.id,
      title: articles.title,
      source: articles.source,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      simhash: articles.simhash,
      evidence: eventArticles.evidence,
      evidenceStart: eventArticles.evidenceStart,
      evidenceEnd: eventArticles.evidenceEnd,
      extractorVersion: eventArticles.extractorVersion,
      joinedBy: sql<EventJoin | null>`${eventArticles.joinedBy}`,
    })
    .from(eventArticles)
    .innerJoin(articles, eq(articles.id, eventArticles.articleId))
    .where(eq(eventArticles.eventId, eventId))
    // Reports by publication date; undated ones after them, in the order they arrived.
    .orderBy(sql`${articles.publishedAt} asc nulls last`, asc(articles.createdAt));
  const distance = (a: bigint, b: bigint) => {
    let x = BigInt.asUintN(64, a ^ b);
    let n = 0;
    for (; x; n++) x &= x - 1n;
    return n;
  };
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.articleId) && seen.add(r.articleId))
    .map((r, i, all) => {
      const earlier = all
        .slice(0, i)
        .find((e) => e.simhash !== null && r.simhash !== null && distance(e.simhash, r.simhash) <= nearBits);
      const { simhash: _s, ...rest } = r;
      return {
        ...rest,
        relation: i === 0 ? ("first" as const) : earlier ? ("rewrite" as const) : ("detail" as const),
        nearDuplicateOf: i === 0 ? null : (earlier?.articleId ?? null),
      };
    });
}

export async function getEvent(db: Db, id: string) {
  const [event] = await db.select().from(events).where(eq(events.id, id));
  if (!event) return undefined;
  const undated = event.date === null;
  const participants = await db
    .select({ id: entities.id, name: entities.canonicalName, country: entities.country })
    .from(eventParticipants)
    .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
    .where(eq(eventParticipants.eventId, id));
  return { ...event, undated, participants };
}
