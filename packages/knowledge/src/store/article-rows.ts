import { sql } from "drizzle-orm";
import { rankStep } from "../ranks/rank-ladder";
import type { PreviousRows } from "./counters";
import type { PendingWrites } from "./prepared";
import { prepared } from "./prepared";
import type { Tx } from "./tx";

/*
 * The rows one article owns (links, mentions, topics), written with one statement per table whose
 * text does not depend on how many rows there are: columns travel as arrays and `unnest` turns
 * them back into rows. A multi-row VALUES list would be a new statement text for every row count.
 */

const uuids = (xs: string[]) => sql`${sql.param(xs)}::uuid[]`;
const texts = (xs: Array<string | null>) => sql`${sql.param(xs)}::text[]`;
const ints = (xs: number[]) => sql`${sql.param(xs)}::int[]`;

/**
 * Removes what earlier runs stored for these articles, returning, per article, what its counters
 * had counted (one statement for a whole batch).
 */
export async function clearArticles(tx: Tx, articleIds: string[]): Promise<Map<string, PreviousRows>> {
  const rows = await prepared<{ article_id: string; mention_entity_ids: string[]; event_ids: string[] }>(
    tx,
    sql`with old_links as (delete from article_entities where article_id = any(${uuids(articleIds)})),
      old_mentions as (delete from mentions where article_id = any(${uuids(articleIds)}) returning article_id, entity_id),
      old_topics as (delete from article_topics where article_id = any(${uuids(articleIds)})),
      old_events as (delete from event_articles where article_id = any(${uuids(articleIds)}) returning article_id, event_id)
    select a.id as article_id,
      array(select m.entity_id from old_mentions m where m.article_id = a.id) as mention_entity_ids,
      array(select e.event_id from old_events e where e.article_id = a.id) as event_ids
    from unnest(${uuids(articleIds)}) as a(id)`,
  );
  return new Map(rows.map((r) => [r.article_id, { mentionEntityIds: r.mention_entity_ids, eventIds: r.event_ids }]));
}

export interface AliasRow {
  entityId: string;
  alias: string;
  aliasKey: string;
}

export interface LinkRow {
  entityId: string;
  name: string;
  rank: string | null;
  role: string | null;
  country: string | null;
  mentionCount: number;
}

export interface MentionRow {
  entityId: string;
  start: number;
  end: number;
  surface: string;
}

export interface ArticleRows {
  aliases: AliasRow[];
  links: Array<LinkRow & { articleId: string }>;
  mentions: Array<MentionRow & { articleId: string }>;
  topics: Array<{ articleId: string; topic: string }>;
}

/**
 * The aliases, links, mentions and topics of a batch of articles, in one statement (one per table
 * would be four round trips, one per article as many again).
 */
export function insertArticleRows(tx: Tx, writes: PendingWrites, extractorVersion: string, rows: ArticleRows): void {
  const { aliases, links, mentions, topics } = rows;
  if (aliases.length + links.length + mentions.length + topics.length === 0) return;
  // The printed rank stays as evidence; its ladder step orders a career.
  const steps = links.map((r) => rankStep(r.rank));
  writes.add(
    prepared(
      tx,
      sql`with new_aliases as (
          insert into entity_aliases (entity_id, alias, alias_key)
          select * from unnest(${uuids(aliases.map((r) => r.entityId))}, ${texts(aliases.map((r) => r.alias))}, ${texts(aliases.map((r) => r.aliasKey))})
          on conflict do nothing),
        new_links as (
          insert into article_entities (article_id, entity_id, name, rank, role, country, mention_count, rank_key, rank_grade, extractor_version)
          select l.*, ${extractorVersion}::text
          from unnest(${uuids(links.map((r) => r.articleId))}, ${uuids(links.map((r) => r.entityId))}, ${texts(links.map((r) => r.name))},
            ${texts(links.map((r) => r.rank))}, ${texts(links.map((r) => r.role))}, ${texts(links.map((r) => r.country))},
            ${ints(links.map((r) => r.mentionCount))}, ${texts(steps.map((s) => s?.key ?? null))},
            ${sql`${sql.param(steps.map((s) => s?.grade ?? null))}::smallint[]`}) as l),
        new_mentions as (
          insert into mentions (article_id, entity_id, start, "end", surface, extractor_version)
          select m.*, ${extractorVersion}::text
          from unnest(${uuids(mentions.map((r) => r.articleId))}, ${uuids(mentions.map((r) => r.entityId))}, ${ints(mentions.map((r) => r.start))},
            ${ints(mentions.map((r) => r.end))}, ${texts(mentions.map((r) => r.surface))}) as m
          on conflict do nothing),
        new_topics as (
          insert into article_topics (article_id, topic)
          select * from unnest(${uuids(topics.map((t) => t.articleId))}, ${texts(topics.map((t) => t.topic))}))
      select 1`,
    ),
  );
}
