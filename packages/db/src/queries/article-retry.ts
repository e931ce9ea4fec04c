import { articles, type Article } from "@marsad/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";

export type RequeueOutcome =
  | { kind: "requeued"; article: Article }
  | { kind: "notFound" }
  | { kind: "notFailed"; status: Article["status"] }
  | { kind: "duplicate"; of: string };

/**
 * Puts a failed article back to `queued`, its error cleared, for another try. With `text` (the
 * reader pasted what a link failed to fetch) the text becomes the article's, unless that text is
 * already stored as another article. Only a failed article moves: a retry that races the worker
 * or a second click changes nothing.
 */
export async function requeueFailedArticle(
  db: Db,
  id: string,
  text?: { rawText: string; contentHash: string },
): Promise<RequeueOutcome> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, id)).for("update");
    if (!current) return { kind: "notFound" };
    if (current.status !== "failed") return { kind: "notFailed", status: current.status };
    if (text) {
      const [twin] = await tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.contentHash, text.contentHash), sql`${articles.id} <> ${id}`));
      if (twin) return { kind: "duplicate", of: twin.id };
    }
    const [article] = await tx
      .update(articles)
      .set({ status: "queued", error: null, updatedAt: new Date(), ...(text ?? {}) })
      .where(and(eq(articles.id, id), eq(articles.status, "failed")))
      .returning();
    return article ? { kind: "requeued", article } : { kind: "notFailed", status: current.status };
  });
}
