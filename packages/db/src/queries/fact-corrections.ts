import { factCorrections, type FactType } from "@marsad/schema/tables";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client";

/** The audit log of analysts' corrections, newest first, of one article or one fact. */
export async function listFactCorrections(
  db: Db,
  params: { articleId?: string | undefined; factType?: FactType | undefined; factKey?: string | undefined; limit: number },
) {
  return db
    .select()
    .from(factCorrections)
    .where(
      and(
        params.articleId ? eq(factCorrections.articleId, params.articleId) : undefined,
        params.factType ? eq(factCorrections.factType, params.factType) : undefined,
        params.factKey ? eq(factCorrections.factKey, params.factKey) : undefined,
      ),
    )
    .orderBy(desc(factCorrections.createdAt))
    .limit(params.limit);
}
