import { factCorrections, type FactType } from "@marsad/schema/tables";
import { and, desc, eq, like, or } from "drizzle-orm";
import type { Db } from "../client";

/** The audit log of analysts' corrections, newest first: of one article, one event (itself and its participants) or one fact. */
export async function listFactCorrections(
  db: Db,
  params: {
    articleId?: string | undefined;
    eventId?: string | undefined;
    factType?: FactType | undefined;
    factKey?: string | undefined;
    limit: number;
  },
) {
  return db
    .select()
    .from(factCorrections)
    .where(
      and(
        params.articleId ? eq(factCorrections.articleId, params.articleId) : undefined,
        params.factType ? eq(factCorrections.factType, params.factType) : undefined,
        params.factKey ? eq(factCorrections.factKey, params.factKey) : undefined,
        // An event's own key is its id; its participants' keys are `${eventId}:${entityId}`.
        params.eventId
          ? or(eq(factCorrections.factKey, params.eventId), like(factCorrections.factKey, `${params.eventId}:%`))
          : undefined,
      ),
    )
    .orderBy(desc(factCorrections.createdAt))
    .limit(params.limit);
}
