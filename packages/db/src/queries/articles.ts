import { articles, type Article, type ArticleStatus, type NewArticle } from "@marsad/schema/tables";
import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { decodeCursor, encodeCursor } from "./cursor-time";
import { articleFilterCondition, withCountryEntities, type ArticleFilter } from "./article-filters";

export type ArticleSummary = Pick<
  Article,
  "id" | "status" | "title" | "source" | "url" | "language" | "publishedAt" | "error" | "createdAt" | "updatedAt"
> & {
  /** The first 200 characters of the text, to name an untitled article. */
  preview: string | null;
};

const summaryColumns = {
  id: articles.id,
  status: articles.status,
  title: articles.title,
  source: articles.source,
  url: articles.url,
  preview: sql<string | null>`left(coalesce(${articles.cleanedText}, ${articles.rawText}), 200)`,
  language: articles.language,
  publishedAt: articles.publishedAt,
  error: articles.error,
  createdAt: articles.createdAt,
  updatedAt: articles.updatedAt,
};

/**
 * Stores a submitted article unless the same text is already stored. Returns the stored row and
 * whether this call created it; concurrent submissions of one text still produce one row.
 */
export async function insertArticleOnce(
  db: Db,
  values: NewArticle & { contentHash: string },
): Promise<{ article: Article; created: boolean }> {
  const [inserted] = await db
    .insert(articles)
    .values(values)
    .onConflictDoNothing({ target: articles.contentHash })
    .returning();
  if (inserted) return { article: inserted, created: true };
  const [existing] = await db.select().from(articles).where(eq(articles.contentHash, values.contentHash));
  if (!existing) throw new Error(`article with content hash ${values.contentHash} vanished during insert`);
  return { article: existing, created: false };
}

export async function getArticle(db: Db, id: string): Promise<Article | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row;
}

/** Article ids with their status, for many ids at once (the list page polls these). */
export async function getArticleStatuses(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: articles.id, status: articles.status, error: articles.error, title: articles.title })
    .from(articles)
    .where(inArray(articles.id, ids));
}

/**
 * Filtered articles, newest (or oldest) submission first, keyset-paginated so every page costs the
 * same however deep it is.
 */
export async function listArticles(
  db: Db,
  params: ArticleFilter & { limit: number; cursor?: string | undefined; sort?: "newest" | "oldest" | undefined },
): Promise<{ items: ArticleSummary[]; nextCursor: string | null }> {
  const after = params.cursor ? decodeCursor(params.cursor) : null;
  const oldestFirst = params.sort === "oldest";
  const position = after
    ? // A row comparison, so Postgres walks the (created_at, id) index from the cursor on.
      oldestFirst
      ? sql`(${articles.createdAt}, ${articles.id}) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`
      : sql`(${articles.createdAt}, ${articles.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`
    : undefined;
  const rows = await db
    .select({ ...summaryColumns, createdAtExact: sql<string>`${articles.createdAt}::text` })
    .from(articles)
    .where(and(articleFilterCondition(await withCountryEntities(db, params)), position))
    .orderBy(...(oldestFirst ? [asc(articles.createdAt), asc(articles.id)] : [desc(articles.createdAt), desc(articles.id)]))
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  const items = page.map(({ createdAtExact: _exact, ...summary }) => summary);
  return { items, nextCursor: rows.length > params.limit && last ? encodeCursor(last) : null };
}

/**
 * Marks an article as being processed and returns it, or returns undefined when it is already
 * done (a redelivered job) or does not exist.
 */
export async function claimArticle(db: Db, id: string): Promise<Article | undefined> {
  const [row] = await db
    .update(articles)
    .set({ status: "processing", attempts: sql`${articles.attempts} + 1`, updatedAt: new Date() })
    .where(and(eq(articles.id, id), inArray(articles.status, ["queued", "processing", "failed"])))
    .returning()
    // Run for every job: prepared, it is one round trip instead of describe-then-execute.
    .prepare("claim_article")
    .execute();
  return row;
}

export async function completeArticle(
  db: Db,
  id: string,
  fields: Pick<NewArticle, "cleanedText" | "title" | "language" | "source" | "publishedAt" | "extraction" | "extractorVersion">,
): Promise<void> {
  const now = new Date();
  await db
    .update(articles)
    .set({ ...fields, status: "done", error: null, updatedAt: now, processedAt: now })
    .where(eq(articles.id, id));
}

export async function failArticle(db: Db, id: string, error: string): Promise<void> {
  await db
    .update(articles)
    .set({ status: "failed", error: error.slice(0, 2000), updatedAt: new Date() })
    .where(and(eq(articles.id, id), inArray(articles.status, ["queued", "processing"])));
}

/**
 * Articles left `queued` or `processing` longer than `olderThanMs`: their job was lost (Redis
 * restarted empty) or their worker died. The reconciler queues them again.
 */
export async function listStaleArticles(db: Db, olderThanMs: number, limit = 500): Promise<string[]> {
  const cutoff = new Date(Date.now() - olderThanMs);
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(inArray(articles.status, ["queued", "processing"]), lt(articles.updatedAt, cutoff)))
    .orderBy(articles.updatedAt)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Moves stale articles' clocks forward so one reconciler pass does not re-queue them again at once. */
export async function touchArticles(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.update(articles).set({ updatedAt: new Date() }).where(inArray(articles.id, ids));
}

export async function countArticlesByStatus(db: Db): Promise<Record<ArticleStatus, number>> {
  const rows = await db
    .select({ status: articles.status, n: sql<number>`count(*)::int` })
    .from(articles)
    .groupBy(articles.status);
  const out: Record<ArticleStatus, number> = { queued: 0, processing: 0, done: 0, failed: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

/**
 * Stores the text fetched for a URL submission. When that text is already stored as another
 * article (the same story submitted as text before), returns that article's id and leaves this
 * one for the caller to fail; nothing is stored twice.
 */
export async function attachFetchedText(
  db: Db,
  id: string,
  fields: { rawText: string; contentHash: string; title: string | null; source: string | null; publishedAt: string | null },
): Promise<{ duplicateOf: string | null }> {
  const [twin] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.contentHash, fields.contentHash), sql`${articles.id} <> ${id}`));
  if (twin) return { duplicateOf: twin.id };
  await db
    .update(articles)
    .set({
      rawText: fields.rawText,
      contentHash: fields.contentHash,
      title: sql`coalesce(${articles.title}, ${fields.title})`,
      source: sql`coalesce(${articles.source}, ${fields.source})`,
      publishedAt: sql`coalesce(${articles.publishedAt}, ${fields.publishedAt}::date)`,
      // The page's metadata dates the article only when the submitter gave no date.
      publishedSource: sql`case when ${articles.publishedAt} is null and ${fields.publishedAt}::date is not null then 'page'::published_source else ${articles.publishedSource} end`,
      updatedAt: new Date(),
    })
    .where(eq(articles.id, id));
  return { duplicateOf: null };
}

/** The article submitted from this URL, if any (a link submitted twice is one article). */
export async function findArticleByUrl(db: Db, url: string): Promise<Article | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.url, url)).orderBy(articles.createdAt).limit(1);
  return row;
}
