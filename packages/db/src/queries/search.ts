import { searchQuery, searchVariants } from "@marsad/extract/text";
import { articleSearch, articles } from "@marsad/schema/tables";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";

/** A piece of a snippet; `hit` pieces are the words that matched. Plain text, never markup. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** A window of the text around the first matching word, split into plain and matching parts. */
export function snippet(text: string, query: string, radius = 12): SnippetPart[] {
  const wanted = new Set(query.split(/\s+/).flatMap((w) => searchVariants(w)));
  const words = [...text.matchAll(/\S+/g)];
  // Reading a word's variants is the costly part, and a text repeats its words: read each once.
  const seen = new Map<string, boolean>();
  const isHit = (w: string) => {
    let hit = seen.get(w);
    if (hit === undefined) seen.set(w, (hit = searchVariants(w).some((v) => wanted.has(v))));
    return hit;
  };
  const first = words.findIndex((m) => isHit(m[0]));
  const from = Math.max(0, (first < 0 ? 0 : first) - radius);
  const window = words.slice(from, from + radius * 2 + 1);
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: "… ", hit: false });
  for (const [i, m] of window.entries()) {
    const hit = isHit(m[0]);
    const sep = i < window.length - 1 ? " " : "";
    const last = parts.at(-1);
    if (!hit && last && !last.hit) last.text += m[0] + sep;
    else {
      parts.push({ text: m[0], hit });
      if (sep) parts.push({ text: sep, hit: false });
    }
  }
  if (from + window.length < words.length) parts.push({ text: " …", hit: false });
  return parts;
}

/** How many of the newest matching articles are ranked for one query. */
export const SEARCH_CANDIDATES = 400;

export class EmptyQueryError extends Error {
  constructor() {
    super("the search query has no searchable words");
    this.name = "EmptyQueryError";
  }
}

/**
 * Full-text search over processed articles, Arabic and English: every query word must match
 * through any of its readings (clitics off, spelling folded). Ranked, with a snippet each.
 */
export async function searchArticles(db: Db, params: { q: string; limit: number; offset?: number }) {
  const tsquery = searchQuery(params.q);
  if (!tsquery) throw new EmptyQueryError();
  const query = sql`to_tsquery('simple', ${tsquery})`;
  // A common word can match a third of the archive: take the newest matches from the narrow
  // search table's GIN index, rank just those, and read full rows for one page only. The cost of
  // a query then stays bounded however large the archive grows.
  const candidates = db.$with("candidates").as(
    db
      .select({
        id: articleSearch.articleId,
        vector: sql`${articleSearch.vector}`.as("vector"),
        createdAt: articleSearch.createdAt,
      })
      .from(articleSearch)
      .where(sql`${articleSearch.vector} @@ ${query}`)
      .orderBy(desc(articleSearch.createdAt))
      .limit(SEARCH_CANDIDATES),
  );
  const ranked = db.$with("ranked").as(
    db
      .with(candidates)
      .select({
        id: candidates.id,
        createdAt: sql<Date>`${candidates.createdAt}`.as("ranked_created_at"),
        rank: sql<number>`ts_rank(${candidates.vector}, ${query})`.as("rank"),
      })
      .from(candidates)
      .orderBy(sql`rank desc`, desc(candidates.createdAt))
      .limit(params.limit)
      .offset(params.offset ?? 0),
  );
  // The planner overestimates how costly the index is for common words and would scan the table.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return tx
      .with(candidates, ranked)
      .select({
        id: articles.id,
        title: articles.title,
        source: articles.source,
        language: articles.language,
        publishedAt: articles.publishedAt,
        createdAt: articles.createdAt,
        text: sql<string>`left(coalesce(${articles.cleanedText}, ${articles.rawText}), 20000)`,
        rank: ranked.rank,
      })
      .from(ranked)
      .innerJoin(articles, eq(articles.id, ranked.id))
      .orderBy(desc(ranked.rank), desc(ranked.createdAt));
  });
  return rows.map(({ text, ...r }) => ({ ...r, snippet: snippet(text, params.q) }));
}
