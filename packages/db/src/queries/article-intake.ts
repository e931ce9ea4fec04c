import { articles, type ArticleStatus, type PublishedSource } from "@marsad/schema/tables";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "../client";

/** A submitted article as it is stored: what the submitter (or a feed, or a page) said about it. */
export interface SubmittedArticleRow {
  contentHash: string;
  rawText: string | null;
  title: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedSource: PublishedSource | null;
}

export interface StoredSubmission {
  id: string;
  status: ArticleStatus;
  /** False when the text was already stored, or appears earlier in the same list. */
  created: boolean;
}

type StoredRow = {
  id: string;
  status: ArticleStatus;
  content_hash: string;
  created: boolean;
};

const texts = (xs: Array<string | null>) => sql`${sql.param(xs)}::text[]`;

/**
 * Stores many submitted articles in one statement, each unless the same text is already stored,
 * and returns for each row (in the order given) the stored article and whether this call created
 * it. Columns travel as arrays (`unnest`), so the statement text is one whatever the row count and
 * Postgres plans it once per connection. Concurrent submissions of one text still produce one row.
 */
export async function insertArticlesOnce(db: Db, rows: SubmittedArticleRow[]): Promise<StoredSubmission[]> {
  const unique = [...new Map(rows.map((r) => [r.contentHash, r])).values()];
  if (unique.length === 0) return [];
  const col = <K extends keyof SubmittedArticleRow>(key: K) => unique.map((r) => r[key]);
  // Rows are inserted in content-hash order: two batches sharing texts then wait for each other's
  // index entries in the same order, so they cannot deadlock. Arrival times follow the list (a
  // microsecond apart), so newest-first pages still show a batch in the order it was sent.
  // The outer select reads `articles` as the statement began: it sees the rows stored before,
  // never the ones this statement inserts, so each hash comes back once.
  const stored = await db.execute<StoredRow>(sql`
    with input as (
      select * from unnest(${texts(col("contentHash"))}, ${texts(col("rawText"))}, ${texts(col("title"))},
        ${texts(col("source"))}, ${texts(col("author"))}, ${texts(col("url"))}, ${texts(col("publishedAt"))}::date[],
        ${texts(col("publishedSource"))}::published_source[]) with ordinality
        as i(content_hash, raw_text, title, source, author, url, published_at, published_source, ord)
    ), created as (
      insert into articles (content_hash, raw_text, title, source, author, url, published_at, published_source, created_at, updated_at)
      select content_hash, raw_text, title, source, author, url, published_at, published_source,
        now() + ord * interval '1 microsecond', now() + ord * interval '1 microsecond'
      from input order by content_hash
      on conflict (content_hash) do nothing
      returning id, status, content_hash
    )
    select id, status, content_hash, true as created from created
    union all
    select a.id, a.status, a.content_hash, false from articles a where a.content_hash = any(${texts(col("contentHash"))})`);
  const byHash = new Map(stored.map((r) => [r.content_hash, r]));
  const missing = unique.filter((r) => !byHash.has(r.contentHash)).map((r) => r.contentHash);
  if (missing.length > 0) {
    // Stored by a concurrent submission that committed after this statement began: read it now.
    const late = await db
      .select({ id: articles.id, status: articles.status, contentHash: articles.contentHash })
      .from(articles)
      .where(inArray(articles.contentHash, missing));
    for (const r of late)
      byHash.set(r.contentHash, { id: r.id, status: r.status, content_hash: r.contentHash, created: false });
  }
  const seen = new Set<string>();
  return rows.map((r) => {
    const row = byHash.get(r.contentHash);
    if (!row) throw new Error(`article with content hash ${r.contentHash} vanished during insert`);
    const first = !seen.has(r.contentHash);
    seen.add(r.contentHash);
    return { id: row.id, status: row.status, created: row.created && first };
  });
}

/** The article first submitted from each of these URLs, by URL (a link submitted twice is one article). */
export async function findArticlesByUrls(
  db: Db,
  urls: string[],
): Promise<Map<string, Omit<StoredSubmission, "created">>> {
  if (urls.length === 0) return new Map();
  const rows = await db.execute<{ url: string; id: string; status: ArticleStatus }>(sql`
    select distinct on (url) url, id, status from articles
    where url = any(${texts([...new Set(urls)])}) order by url, created_at`);
  return new Map(rows.map((r) => [r.url, { id: r.id, status: r.status }]));
}
