import type { Db } from "@marsad/db";
import { articles, type Article } from "@marsad/schema/tables";
import { sql } from "drizzle-orm";

/**
 * Marks articles as being processed and returns each (in the order asked), or undefined for one
 * already done (a redelivered job) or gone — one statement for a batch of jobs. Rows are locked in
 * id order, as the store locks them, so two batches claiming a shared article (a job delivered
 * twice) never wait on each other in a circle.
 */
export async function claimArticles(db: Db, ids: string[]): Promise<Array<Article | undefined>> {
  const rows = await db
    .update(articles)
    .set({ status: "processing", attempts: sql`${articles.attempts} + 1`, updatedAt: new Date() })
    .where(
      sql`${articles.id} = any(array(
        select id from articles where id = any(${sql.param(ids)}::uuid[]) and status in ('queued', 'processing', 'failed')
        order by id for update))`,
    )
    .returning()
    // Run for every batch of jobs: prepared, it is one round trip instead of describe-then-execute.
    .prepare("claim_articles")
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}
