import { articles, storyClusters } from "@marsad/schema/tables";
import { eq, sql } from "drizzle-orm";
import { NEAR_DUPLICATE_BITS } from "../simhash";
import { prepared } from "./prepared";
import type { Tx } from "./tx";

/** How many days apart two rewrites of one wire may be (by publication date, else arrival). */
export const TWIN_WINDOW_DAYS = 3;

/**
 * The story of the nearest near-duplicate of an article (a rewrite of the same wire), if any, among
 * articles of nearby days — read from `articles_story_day_simhash_idx` alone, so it costs the same
 * in a small archive and a large one. Needs nothing the article's transaction writes, so it goes
 * out with the transaction's first reads.
 */
export async function twinStory(tx: Tx, articleId: string, publishedAt: string | null, simhash: bigint): Promise<string | null> {
  const [twin] = await prepared<{ story_id: string }>(
    tx,
    sql`with day as (
        select coalesce(${publishedAt}::date, (created_at at time zone 'UTC')::date) as d from articles where id = ${articleId}::uuid)
      select story_id from articles, day
      where story_day between day.d - ${TWIN_WINDOW_DAYS}::int and day.d + ${TWIN_WINDOW_DAYS}::int
        and id <> ${articleId}::uuid and story_id is not null
        and bit_count((simhash # ${simhash}::bigint)::bit(64)) <= ${NEAR_DUPLICATE_BITS}
      order by bit_count((simhash # ${simhash}::bigint)::bit(64)) limit 1`,
  );
  return twin?.story_id ?? null;
}

/**
 * The story an article belongs to: the story of a near-duplicate (`twinStory`), else of another
 * article reporting one of its events, else a new story.
 */
export async function assignStory(
  tx: Tx,
  input: { articleId: string; twinStoryId: string | null; eventIds: string[]; title: string | null },
): Promise<string> {
  if (input.twinStoryId) return input.twinStoryId;

  if (input.eventIds.length) {
    const [sibling] = await prepared<{ story_id: string }>(
      tx,
      sql`select a.story_id from event_articles ea join articles a on a.id = ea.article_id
        where ea.event_id = any(${sql.param(input.eventIds)}::uuid[]) and a.id <> ${input.articleId} and a.story_id is not null
        limit 1`,
    );
    if (sibling?.story_id) return sibling.story_id;
  }

  const [own] = await tx.select({ storyId: articles.storyId }).from(articles).where(eq(articles.id, input.articleId));
  if (own?.storyId) return own.storyId;
  const [created] = await tx.insert(storyClusters).values({ label: input.title }).returning({ id: storyClusters.id });
  return created!.id;
}
