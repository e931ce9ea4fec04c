import { articleEntities, articles } from "@marsad/schema/tables";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";

/**
 * How often an entity is named per calendar month (`YYYY-MM`) of the articles' dates (publication
 * day, else submission day), oldest first. `mentions` counts every naming, `articles` the articles.
 * The entity's rows are found through `article_entities_entity_id_idx`.
 */
export async function countEntityMentionsPerMonth(db: Db, entityId: string) {
  const month = sql<string>`to_char(coalesce(${articles.publishedAt}, (${articles.createdAt} at time zone 'UTC')::date), 'YYYY-MM')`;
  return db
    .select({
      month,
      // An article that names the entity has at least one mention even if no offsets were stored.
      mentions: sql<number>`sum(greatest(${articleEntities.mentionCount}, 1))::int`,
      articles: sql<number>`count(*)::int`,
    })
    .from(articleEntities)
    .innerJoin(articles, eq(articles.id, articleEntities.articleId))
    .where(eq(articleEntities.entityId, entityId))
    .groupBy(month)
    .orderBy(month);
}
