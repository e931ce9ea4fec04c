import { articles, extractionRuns, type ArticleStatus, type ExtractionRun, type ExtractionRunKind } from "@marsad/schema/tables";
import { and, asc, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";

/** How many articles one statement marks (and one Redis round trip queues) at a time. */
export const RUN_CHUNK_SIZE = 1000;

export type RunProgress = Record<ArticleStatus, number>;

export interface ExtractionRunWithProgress extends ExtractionRun {
  /** Statuses of the articles the run last (re)processed, read from the articles themselves. */
  progress: RunProgress;
  /** True when none of the run's articles is queued or processing any more. */
  finished: boolean;
}

export async function createExtractionRun(
  db: Db,
  values: { kind: ExtractionRunKind; scope: string; extractorVersion: string },
): Promise<ExtractionRun> {
  const [run] = await db.insert(extractionRuns).values(values).returning();
  return run!;
}

/**
 * Marks the stored articles a reprocess run chooses as queued under the run, one chunk at a time,
 * handing each chunk to `onChunk` (which queues their jobs) before taking the next. Articles
 * still queued or processing are left alone: they are about to be read by the current extractor.
 * `outdated` chooses the articles another extractor version (or none) wrote.
 */
export async function queueArticlesForRun(
  db: Db,
  run: Pick<ExtractionRun, "id" | "scope" | "extractorVersion">,
  onChunk: (articleIds: string[]) => Promise<void>,
  chunkSize = RUN_CHUNK_SIZE,
): Promise<number> {
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const chosen: string[] = (
      await db
        .select({ id: articles.id })
        .from(articles)
        .where(
          and(
            inArray(articles.status, ["done", "failed"]),
            run.scope === "outdated" ? sql`${articles.extractorVersion} is distinct from ${run.extractorVersion}` : undefined,
            after ? gt(articles.id, after) : undefined,
          ),
        )
        .orderBy(asc(articles.id))
        .limit(chunkSize)
    ).map((r) => r.id);
    if (chosen.length === 0) break;
    await db
      .update(articles)
      .set({ status: "queued", error: null, extractionRunId: run.id, updatedAt: new Date() })
      .where(inArray(articles.id, chosen));
    await onChunk(chosen);
    total += chosen.length;
    after = chosen.at(-1)!;
    if (chosen.length < chunkSize) break;
  }
  // A run that chose nothing is finished as soon as it starts.
  await db
    .update(extractionRuns)
    .set({ articleCount: total, ...(total === 0 ? { finishedAt: new Date() } : {}) })
    .where(eq(extractionRuns.id, run.id));
  return total;
}

async function progressOf(db: Db, runIds: string[]): Promise<Map<string, RunProgress>> {
  const out = new Map<string, RunProgress>(runIds.map((id) => [id, { queued: 0, processing: 0, done: 0, failed: 0 }]));
  if (runIds.length === 0) return out;
  const rows = await db
    .select({ runId: articles.extractionRunId, status: articles.status, n: sql<number>`count(*)::int` })
    .from(articles)
    .where(inArray(articles.extractionRunId, runIds))
    .groupBy(articles.extractionRunId, articles.status);
  for (const r of rows) if (r.runId) out.get(r.runId)![r.status] = r.n;
  return out;
}

function withProgress(run: ExtractionRun, progress: RunProgress): ExtractionRunWithProgress {
  return { ...run, progress, finished: progress.queued + progress.processing === 0 };
}

/** One run with the statuses of its articles, or undefined. */
export async function getExtractionRun(db: Db, id: string): Promise<ExtractionRunWithProgress | undefined> {
  const [run] = await db.select().from(extractionRuns).where(eq(extractionRuns.id, id));
  if (!run) return undefined;
  const progress = await progressOf(db, [id]);
  return withProgress(run, progress.get(id)!);
}

/** The most recent runs, newest first, each with its progress. */
export async function listExtractionRuns(db: Db, params: { limit: number }): Promise<ExtractionRunWithProgress[]> {
  const runs = await db.select().from(extractionRuns).orderBy(desc(extractionRuns.requestedAt)).limit(params.limit);
  const progress = await progressOf(db, runs.map((r) => r.id));
  return runs.map((r) => withProgress(r, progress.get(r.id)!));
}

/**
 * Stamps `finished_at` on the run of this article when none of the run's articles is queued or
 * processing any more. The worker calls it after each article it finishes or gives up on;
 * whichever finishes last stamps it, and stamping twice is a no-op.
 */
export async function finishExtractionRunOf(db: Db, articleId: string): Promise<void> {
  await db
    .update(extractionRuns)
    .set({ finishedAt: new Date() })
    .where(
      and(
        isNull(extractionRuns.finishedAt),
        sql`${extractionRuns.id} = (select ${articles.extractionRunId} from ${articles} where ${articles.id} = ${articleId})`,
        sql`not exists (select 1 from ${articles} where ${articles.extractionRunId} = ${extractionRuns.id} and ${articles.status} in ('queued', 'processing'))`,
      ),
    );
}
