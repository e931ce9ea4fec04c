import { factCorrections, type FactCorrection } from "@marsad/schema/tables";
import { and, desc, inArray, sql } from "drizzle-orm";
import type { Tx } from "../store/tx";
import type { TitleValue } from "@marsad/schema/zod";

/** The latest correction of each fact: the log is append-only, so the newest row is the one in force. */
function latestByKey(rows: FactCorrection[]): Map<string, FactCorrection> {
  const out = new Map<string, FactCorrection>();
  for (const r of rows) if (!out.has(r.factKey)) out.set(r.factKey, r);
  return out;
}

export interface ArticleCorrections {
  mentions: Map<string, FactCorrection>;
  titles: Map<string, FactCorrection>;
}

/** Corrections in force of the mentions and titles of these articles (one query for a batch), by article. */
export async function articleCorrections(tx: Tx, articleIds: string[]): Promise<Map<string, ArticleCorrections>> {
  const rows = await tx
    .select()
    .from(factCorrections)
    .where(and(sql`${factCorrections.articleId} = any(${sql.param(articleIds)}::uuid[])`, inArray(factCorrections.factType, ["mention", "title"])))
    .orderBy(desc(factCorrections.createdAt), desc(sql`${factCorrections.id}`))
    // Read for every batch stored: prepared, it is planned once per connection.
    .prepare("article_corrections")
    .execute();
  return new Map(
    articleIds.map((id) => {
      const own = rows.filter((r) => r.articleId === id);
      return [
        id,
        { mentions: latestByKey(own.filter((r) => r.factType === "mention")), titles: latestByKey(own.filter((r) => r.factType === "title")) },
      ];
    }),
  );
}

/** Rank and role of a title after its correction in force (edited, cleared by a reject, or as printed). */
export function correctedTitle(
  printed: { rank: string | null; role: string | null },
  correction: FactCorrection | undefined,
): { rank: string | null; role: string | null } {
  if (!correction || correction.action === "accept") return { rank: printed.rank, role: printed.role };
  if (correction.action === "reject") return { rank: null, role: null };
  const value = (correction.value ?? {}) as TitleValue;
  return {
    rank: value.rank !== undefined ? value.rank : printed.rank,
    role: value.role !== undefined ? value.role : printed.role,
  };
}
