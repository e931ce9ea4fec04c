import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { hammingDistance, NEAR_DUPLICATE_BITS } from "../simhash";
import { dayNumber } from "./day-number";
import { prepared, type PendingWrites } from "./prepared";
import type { Tx } from "./tx";

/** How many days apart two rewrites of one wire may be (by publication date, else arrival). */
export const TWIN_WINDOW_DAYS = 3;

/** An article of a batch as story assignment reads it. */
export interface StoryArticle {
  articleId: string;
  /** The day its twins are looked for around: its publication date, else its arrival day. */
  day: string;
  /** Its `story_day` once stored. */
  storyDay: string;
  simhash: bigint;
  createdAt: Date;
  /** The events it reports now, and those it reported before this storing. */
  eventIds: string[];
  previousEventIds: string[];
  title: string | null;
  /** Its row as stored before (a story and fingerprint from an earlier run, or none). */
  before: { storyId: string | null; simhash: bigint | null; storyDay: string | null };
}

/** A story another article offers: by its fingerprint's distance, or by the age of an article reporting a shared event. */
interface Offer {
  storyId: string;
  distance?: number;
  createdAt?: Date;
}

/**
 * The story of each article of a batch, as if each were stored after the ones before it: the
 * story of its nearest near-duplicate (a rewrite of the same wire) among articles of nearby days,
 * else that of the oldest other article reporting one of its events, else the story it already
 * had, else a new story (its id made here, its row written with the batch's other writes).
 *
 * One statement for the batch reads what articles outside it offer — the nearest twin from
 * `articles_story_day_simhash_idx` alone, so it costs the same in a small archive and a large one,
 * and the oldest reporter of its events —; what the batch's own articles offer each other is
 * known here: those before an article as they are being stored, those after it as they were.
 */
export async function assignStories(tx: Tx, writes: PendingWrites, batch: StoryArticle[]): Promise<string[]> {
  const ids = batch.map((a) => a.articleId);
  const eventPairs = batch.flatMap((a, i) => a.eventIds.map((eventId) => ({ i, eventId })));
  const outside = await prepared<{ i: number; twin_story: string | null; distance: number | null; reporter_story: string | null; reporter_created_at: string | null }>(
    tx,
    sql`with a as (select * from unnest(${sql.param(batch.map((_, i) => i))}::int[], ${sql.param(batch.map((a) => a.day))}::text[]::date[],
          ${sql.param(batch.map((a) => a.simhash.toString()))}::text[]::bigint[]) as a(i, d, h)),
        ae as (select * from unnest(${sql.param(eventPairs.map((p) => p.i))}::int[], ${sql.param(eventPairs.map((p) => p.eventId))}::uuid[]) as x(i, event_id)),
        -- From the events to their reports to the articles, for the whole batch at once: as a
        -- lateral "oldest first, limit 1" the planner walked every article by age instead.
        reporter as materialized (
          select distinct on (x.i) x.i, r.story_id, r.created_at from ae x
            join event_articles ea on ea.event_id = x.event_id join articles r on r.id = ea.article_id
          where r.id <> all(${sql.param(ids)}::uuid[]) and r.story_id is not null
          order by x.i, r.created_at, r.id)
      select a.i, twin.story_id as twin_story, twin.distance, reporter.story_id as reporter_story, reporter.created_at as reporter_created_at
      from a
      left join lateral (
        select t.story_id, bit_count((t.simhash # a.h)::bit(64))::int as distance from articles t
        where t.story_day between a.d - ${TWIN_WINDOW_DAYS}::int and a.d + ${TWIN_WINDOW_DAYS}::int
          and t.id <> all(${sql.param(ids)}::uuid[]) and t.story_id is not null
          and bit_count((t.simhash # a.h)::bit(64)) <= ${NEAR_DUPLICATE_BITS}
        order by bit_count((t.simhash # a.h)::bit(64)) limit 1) twin on true
      left join reporter on reporter.i = a.i`,
  );
  const byIndex = new Map(outside.map((r) => [r.i, r]));
  const stories: string[] = [];
  const created: Array<{ id: string; label: string | null }> = [];
  for (const [k, a] of batch.entries()) {
    const row = byIndex.get(k);
    const twins: Offer[] = row?.twin_story ? [{ storyId: row.twin_story, distance: row.distance! }] : [];
    const reporters: Offer[] = row?.reporter_story ? [{ storyId: row.reporter_story, createdAt: new Date(row.reporter_created_at!) }] : [];
    for (const [j, o] of batch.entries()) {
      if (j === k) continue;
      // Batch-mates before this article are stored already; those after it still read as before.
      const stored = j < k ? { storyId: stories[j]!, simhash: o.simhash, storyDay: o.storyDay, eventIds: o.eventIds } : { ...o.before, eventIds: o.previousEventIds };
      if (!stored.storyId) continue;
      if (stored.simhash !== null && stored.storyDay && Math.abs(dayNumber(stored.storyDay) - dayNumber(a.day)) <= TWIN_WINDOW_DAYS) {
        const distance = hammingDistance(stored.simhash, a.simhash);
        if (distance <= NEAR_DUPLICATE_BITS) twins.push({ storyId: stored.storyId, distance });
      }
      if (stored.eventIds.some((e) => a.eventIds.includes(e))) reporters.push({ storyId: stored.storyId, createdAt: o.createdAt });
    }
    const twin = twins.reduce<Offer | undefined>((best, t) => (!best || t.distance! < best.distance! ? t : best), undefined);
    const reporter = reporters.reduce<Offer | undefined>((best, r) => (!best || r.createdAt! < best.createdAt! ? r : best), undefined);
    let storyId = twin?.storyId ?? reporter?.storyId ?? a.before.storyId;
    if (!storyId) {
      storyId = randomUUID();
      created.push({ id: storyId, label: a.title });
    }
    stories.push(storyId);
  }
  if (created.length) {
    writes.add(
      prepared(
        tx,
        sql`insert into story_clusters (id, label)
          select * from unnest(${sql.param(created.map((s) => s.id))}::uuid[], ${sql.param(created.map((s) => s.label))}::text[])`,
      ),
    );
  }
  return stories;
}
