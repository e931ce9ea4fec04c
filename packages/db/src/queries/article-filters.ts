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
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
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
  /**
   * The country's entity ids (the state and its places), looked up beforehand by
   * `withCountryEntities`. Given as constants, Postgres estimates from its statistics how many
   * articles name them; behind a sub-select it guessed ~80, drove the plan from them and matched
   * the text of every one (1 s for a common word and country at 20,000 articles, 5 ms this way).
   */
  countryEntityIds?: string[] | undefined;
}

/** The filter with the country's entity ids resolved (see `countryEntityIds`). */
export async function withCountryEntities<F extends ArticleFilter>(db: Db, filter: F): Promise<F> {
  if (!filter.country || filter.countryEntityIds) return filter;
  const rows = await db
    .select({ id: entities.id })
    .from(entities)
    .where(and(sql`${entities.type} in ('country', 'place')`, eq(entities.country, filter.country.toUpperCase())));
  return { ...filter, countryEntityIds: rows.map((r) => r.id) };
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
  if (filter.countryEntityIds)
    parts.push(
      filter.countryEntityIds.length === 0
        ? sql`false`
        : sql`${articles.id} in (select ${articleEntities.articleId} from ${articleEntities} where ${inArray(articleEntities.entityId, filter.countryEntityIds)})`,
    );
  else if (filter.country)
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
