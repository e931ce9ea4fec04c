import { searchQuery } from "@marsad/extract/text";
import {
  articleEntities,
  articleSearch,
  articles,
  articleTopics,
  entities,
  eventArticles,
  events,
  type ArticleStatus,
  type EventType,
} from "@marsad/schema/tables";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { EmptyQueryError } from "./search";

/** What the article list, its exports and the dashboard filter articles by. */
export interface ArticleFilter {
  /** Full-text query (Arabic clitics and spelling variants folded). */
  q?: string | undefined;
  status?: ArticleStatus | undefined;
  /** Outlet name as stored. */
  source?: string | undefined;
  /** ISO code of a state the article names, directly or through a place in it. */
  country?: string | undefined;
  /** An entity (person, organization…) the article mentions. */
  personId?: string | undefined;
  /** One of the article's topics (`topicSchema`). */
  topic?: string | undefined;
  /** The article reports an event of this type. */
  eventType?: EventType | undefined;
  /** Publication day range, inclusive: an article whose publication date is unknown is in no range. */
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The WHERE condition of a filter. Each part is a semi-join on an indexed column (search vector,
 * entity id, event id), so Postgres can still walk the list's (created_at, id) index.
 */
export function articleFilterCondition(filter: ArticleFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.q !== undefined && filter.q.trim() !== "") {
    const tsquery = searchQuery(filter.q);
    if (!tsquery) throw new EmptyQueryError();
    parts.push(
      sql`${articles.id} in (select ${articleSearch.articleId} from ${articleSearch} where ${articleSearch.vector} @@ to_tsquery('simple', ${tsquery}))`,
    );
  }
  if (filter.status) parts.push(eq(articles.status, filter.status));
  if (filter.source) parts.push(eq(articles.source, filter.source));
  if (filter.country)
    parts.push(
      sql`${articles.id} in (select ${articleEntities.articleId} from ${articleEntities} where ${articleEntities.entityId} in (select ${entities.id} from ${entities} where ${entities.type} in ('country', 'place') and ${entities.country} = ${filter.country.toUpperCase()}))`,
    );
  if (filter.personId)
    parts.push(
      sql`${articles.id} in (select ${articleEntities.articleId} from ${articleEntities} where ${articleEntities.entityId} = ${filter.personId})`,
    );
  if (filter.topic)
    parts.push(
      sql`${articles.id} in (select ${articleTopics.articleId} from ${articleTopics} where ${articleTopics.topic} = ${filter.topic})`,
    );
  if (filter.eventType)
    parts.push(
      sql`${articles.id} in (select ${eventArticles.articleId} from ${eventArticles} join ${events} on ${events.id} = ${eventArticles.eventId} where ${events.type} = ${filter.eventType})`,
    );
  if (filter.from) parts.push(sql`${articles.publishedAt} >= ${filter.from}::date`);
  if (filter.to) parts.push(sql`${articles.publishedAt} <= ${filter.to}::date`);
  return parts.length ? and(...parts) : undefined;
}
