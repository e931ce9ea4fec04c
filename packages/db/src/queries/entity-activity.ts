import { articleEntities, articles } from "@marsad/schema/tables";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";

/**
 * How often an entity is named per calendar month (`YYYY-MM`) of the articles' publication dates,
 * oldest first. Articles whose publication date is unknown are on no month: `undated` counts them
 * apart, with when they arrived as a hint. `mentions` counts every naming, `articles` the articles.
 * The entity's rows are found through `article_entities_entity_id_idx`.
 */
export async function countEntityMentionsPerMonth(db: Db, entityId: string) {
  const month = sql<string | null>`to_char(${articles.publishedAt}, 'YYYY-MM')`;
  const rows = await db
    .select({
      month,
      // An article that names the entity has at least one mention even if no offsets were stored.
      mentions: sql<number>`sum(greatest(${articleEntities.mentionCount}, 1))::int`,
      articles: sql<number>`count(*)::int`,
      firstArrived: sql<Date>`min(${articles.createdAt})`.mapWith(articles.createdAt),
      lastArrived: sql<Date>`max(${articles.createdAt})`.mapWith(articles.createdAt),
    })
    .from(articleEntities)
    .innerJoin(articles, eq(articles.id, articleEntities.articleId))
    .where(eq(articleEntities.entityId, entityId))
    .groupBy(month)
    .orderBy(sql`${month} nulls last`);
  const months = rows.filter((r) => r.month !== null).map((r) => ({ month: r.month!, mentions: r.mentions, articles: r.articles }));
  const u = rows.find((r) => r.month === null);
  const undated = u
    ? { mentions: u.mentions, articles: u.articles, firstArrived: u.firstArrived, lastArrived: u.lastArrived }
    : { mentions: 0, articles: 0, firstArrived: null, lastArrived: null };
  return { months, undated };
}
