import { searchQuery } from "@marsad/extract/text";
import { articleSearch, articles } from "@marsad/schema/tables";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { articleFilterCondition, withCountryEntities, type ArticleFilter } from "./article-filters";
import { EmptyQueryError, SEARCH_CANDIDATES, snippet } from "./search";

/** Matches counted exactly; beyond this many the count says "more than". */
export const COUNTED_MATCHES = 1000;

/**
 * The Articles page's search: full text plus the page's other filters, best match first, each hit
 * with its snippet, status and publication date, and how many articles match (exactly up to COUNTED_MATCHES). As in
 * `searchArticles`, only the newest SEARCH_CANDIDATES matches are ranked, so a common word costs
 * the same on any archive size.
 */
export async function searchArticlesFiltered(
  db: Db,
  params: Omit<ArticleFilter, "q"> & { q: string; limit: number; offset?: number | undefined },
) {
  const { q, limit, offset = 0, ...filter } = params;
  const tsquery = searchQuery(q);
  if (!tsquery) throw new EmptyQueryError();
  const query = sql`to_tsquery('simple', ${tsquery})`;
  const matches = sql`${articleSearch.vector} @@ ${query}`;
  const rest = articleFilterCondition(await withCountryEntities(db, filter));
  const where = rest ? sql`${matches} and ${rest}` : matches;

  return db.transaction(async (tx) => {
    // As in searchArticles: the planner overrates the GIN index's cost for common words.
    await tx.execute(sql`set local enable_seqscan = off`);
    const newest = tx
      .select({
        id: articleSearch.articleId,
        createdAt: sql<Date>`${articleSearch.createdAt}`.as("candidate_created_at"),
        rank: sql<number>`ts_rank(${articleSearch.vector}, ${query})`.as("rank"),
      })
      .from(articleSearch)
      .$dynamic();
    // Articles are joined only when a filter reads them (a dynamic query's join is added in place).
    if (rest) newest.innerJoin(articles, eq(articles.id, articleSearch.articleId));
    const candidates = tx.$with("candidates").as(newest.where(where).orderBy(desc(articleSearch.createdAt)).limit(SEARCH_CANDIDATES));
    // One after the other: a transaction is one connection.
    const rows = await tx
        .with(candidates)
        .select({
          id: articles.id,
          title: articles.title,
          source: articles.source,
          url: articles.url,
          status: articles.status,
          language: articles.language,
          publishedAt: articles.publishedAt,
          createdAt: articles.createdAt,
          text: sql<string>`left(coalesce(${articles.cleanedText}, ${articles.rawText}), 20000)`,
          rank: candidates.rank,
        })
        .from(candidates)
        .innerJoin(articles, eq(articles.id, candidates.id))
        .orderBy(desc(candidates.rank), desc(candidates.createdAt), desc(articles.id))
        .limit(limit)
        .offset(offset);
    // Counting every match of a common word costs as much as the search itself; past
    // COUNTED_MATCHES the page says "more than". The matches come from the GIN index page by page,
    // their (TOASTed) vectors never opened, and only then meet the filter's articles: ordered by
    // date, Postgres would open the vector of every row it passes (220 ms against 33 for a word in
    // one article of ten, at 100,000 articles), and joined to articles in id order, all over the
    // table (1.9 s with a country). `offset 0` keeps the matches a subquery of their own.
    const counted = rest
      ? sql`select 1 from (select ${articleSearch.articleId} as id from ${articleSearch} where ${matches} offset 0) matched
          join ${articles} on ${articles.id} = matched.id where ${rest} limit ${COUNTED_MATCHES + 1}`
      : sql`select 1 from ${articleSearch} where ${matches} limit ${COUNTED_MATCHES + 1}`;
    const [count] = await tx.execute<{ total: number }>(sql`select count(*)::int as total from (${counted}) counted`);
    const matched = count?.total ?? 0;
    const total = Math.min(matched, COUNTED_MATCHES);
    const ranked = Math.min(total, SEARCH_CANDIDATES);
    return {
      items: rows.map(({ text, ...r }) => ({ ...r, snippet: snippet(text ?? "", q) })),
      total,
      /** False when more than `total` articles match. */
      totalIsExact: matched <= COUNTED_MATCHES,
      /** Offset of the next page, while the ranked matches last. */
      nextOffset: offset + limit < ranked ? offset + limit : null,
    };
  });
}
