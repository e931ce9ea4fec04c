import { articleEntities, articles, entities, eventArticles, events, mentions } from "@marsad/schema/tables";
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../client";

/**
 * What the reading view of one article needs beyond the article row: where each entity is named
 * (offsets into the cleaned text, for highlights), the events the article reports with their
 * evidence sentences, the other articles of the same story, and the persons it names with the
 * entity each is (so the extraction's persons table links to their profiles).
 */
export async function getArticleReading(db: Db, articleId: string) {
  const [article] = await db.select({ storyId: articles.storyId }).from(articles).where(eq(articles.id, articleId));
  if (!article) return undefined;
  const [highlights, articleEvents, story, persons] = await Promise.all([
    db
      .select({
        start: mentions.start,
        end: mentions.end,
        entityId: entities.id,
        type: entities.type,
        name: entities.canonicalName,
      })
      .from(mentions)
      .innerJoin(entities, eq(entities.id, mentions.entityId))
      .where(eq(mentions.articleId, articleId))
      .orderBy(asc(mentions.start)),
    db
      .select({
        id: events.id,
        type: events.type,
        date: events.date,
        location: events.location,
        summary: events.summary,
        articleCount: events.articleCount,
        evidence: eventArticles.evidence,
        evidenceStart: eventArticles.evidenceStart,
        evidenceEnd: eventArticles.evidenceEnd,
      })
      .from(eventArticles)
      .innerJoin(events, eq(events.id, eventArticles.eventId))
      .where(eq(eventArticles.articleId, articleId))
      .orderBy(asc(eventArticles.ordinal)),
    article.storyId
      ? db
          .select({
            id: articles.id,
            title: articles.title,
            // An untitled article is named by its first words, never its id.
            preview: sql<string | null>`left(coalesce(${articles.cleanedText}, ${articles.rawText}), 200)`,
            url: articles.url,
            source: articles.source,
            publishedAt: articles.publishedAt,
            createdAt: articles.createdAt,
          })
          .from(articles)
          .where(and(eq(articles.storyId, article.storyId), ne(articles.id, articleId)))
          .orderBy(desc(articles.createdAt))
          .limit(20)
      : Promise.resolve([]),
    db
      .select({ entityId: articleEntities.entityId, name: articleEntities.name, canonicalName: entities.canonicalName })
      .from(articleEntities)
      .innerJoin(entities, eq(entities.id, articleEntities.entityId))
      .where(and(eq(articleEntities.articleId, articleId), eq(entities.type, "person"))),
  ]);
  return { highlights, events: articleEvents, story, persons };
}
