import { articles, eventArticles, storyClusters } from "@marsad/schema/tables";
import { and, desc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import { NEAR_DUPLICATE_BITS } from "../simhash";
import type { Tx } from "./tx";

/**
 * The story an article belongs to: the story of a near-duplicate (a rewrite of the same wire),
 * else of another article reporting one of its events, else a new story.
 */
export async function assignStory(
  tx: Tx,
  input: { articleId: string; simhash: bigint; eventIds: string[]; title: string | null },
): Promise<string> {
  const [twin] = await tx
    .select({ storyId: articles.storyId })
    .from(articles)
    .where(
      and(
        ne(articles.id, input.articleId),
        isNotNull(articles.storyId),
        sql`bit_count((${articles.simhash} # ${input.simhash})::bit(64)) <= ${NEAR_DUPLICATE_BITS}`,
      ),
    )
    .orderBy(desc(articles.createdAt))
    .limit(1);
  if (twin?.storyId) return twin.storyId;

  if (input.eventIds.length) {
    const [sibling] = await tx
      .select({ storyId: articles.storyId })
      .from(eventArticles)
      .innerJoin(articles, eq(articles.id, eventArticles.articleId))
      .where(
        and(inArray(eventArticles.eventId, input.eventIds), ne(articles.id, input.articleId), isNotNull(articles.storyId)),
      )
      .limit(1);
    if (sibling?.storyId) return sibling.storyId;
  }

  const [own] = await tx.select({ storyId: articles.storyId }).from(articles).where(eq(articles.id, input.articleId));
  if (own?.storyId) return own.storyId;
  const [created] = await tx.insert(storyClusters).values({ label: input.title }).returning({ id: storyClusters.id });
  return created!.id;
}
