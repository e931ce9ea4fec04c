import { getArticleLabels, type ArticleLabelRow, type Db } from "@marsad/db";
import type { ArticlesQueue } from "@marsad/queue";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, procedureWith, readProcedure } from "../trpc";

/** Job states the queue page counts, in the order it shows them. */
export const QUEUE_STATES = ["waiting", "active", "completed", "failed", "delayed"] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

/** Most failed (and active) jobs listed at once; the counts cover all of them. */
const LISTED_JOBS = 50;

/** A BullMQ job of the articles queue (typed through the queue so this package needs no bullmq import). */
type Job = Awaited<ReturnType<ArticlesQueue["getFailed"]>>[number];

const jobIdSchema = z.object({ id: z.string().min(1).max(200) });

function describeJob(job: Job) {
  return {
    id: job.id ?? "",
    name: job.name,
    articleId: typeof job.data === "object" && job.data && "articleId" in job.data ? String(job.data.articleId) : null,
    attemptsMade: job.attemptsMade,
    attemptsAllowed: job.opts.attempts ?? 1,
    failedReason: job.failedReason || null,
    progress: typeof job.progress === "number" ? job.progress : null,
    queuedAt: job.timestamp,
    startedAt: job.processedOn ?? null,
    finishedAt: job.finishedOn ?? null,
  };
}

/** Each job with the article it works on (title, URL, source), so the page names articles, not ids. */
async function withArticles(db: Db, jobs: ReturnType<typeof describeJob>[]) {
  const labels = await getArticleLabels(
    db,
    jobs.flatMap((j) => (j.articleId ? [j.articleId] : [])),
  );
  return jobs.map((j) => ({ ...j, article: (j.articleId ? labels.get(j.articleId) : undefined) ?? (null as ArticleLabelRow | null) }));
}

/** The job a retry or remove names; a job that is no longer failed is a conflict, not a crash. */
async function failedJob(queue: ArticlesQueue, id: string) {
  const job = await queue.getJob(id);
  if (!job) throw new TRPCError({ code: "NOT_FOUND", message: `no job with id ${id}` });
  const state = await job.getState();
  if (state !== "failed") throw new TRPCError({ code: "CONFLICT", message: `job ${id} is ${state}, not failed` });
  return job;
}

/**
 * The articles queue as BullMQ sees it (bull-board style): counts by state, the jobs that failed
 * with their error, the jobs running now, and the two actions an operator takes on a failure; and
 * the feeds queue's counts.
 */
export const queueRouter = createTRPCRouter({
  overview: readProcedure.query(async ({ ctx }) => {
    const [counts, failed, active, feedCounts] = await Promise.all([
      ctx.queue.getJobCounts(...QUEUE_STATES),
      ctx.queue.getFailed(0, LISTED_JOBS - 1),
      ctx.queue.getActive(0, LISTED_JOBS - 1),
      ctx.feedsQueue.getJobCounts(...QUEUE_STATES),
    ]);
    const byState = (c: Record<string, number>) =>
      Object.fromEntries(QUEUE_STATES.map((s) => [s, c[s] ?? 0])) as Record<QueueState, number>;
    return {
      name: ctx.queue.name,
      counts: byState(counts),
      // The feeds queue (polls of registered feeds) beside the articles queue.
      feeds: { name: ctx.feedsQueue.name, counts: byState(feedCounts) },
      failed: await withArticles(ctx.db, failed.filter((j): j is Job => Boolean(j)).map(describeJob)),
      active: await withArticles(ctx.db, active.filter((j): j is Job => Boolean(j)).map(describeJob)),
    };
  }),

  /** Moves a failed job back to waiting; the worker picks it up again. */
  retry: procedureWith("manageQueue").input(jobIdSchema).mutation(async ({ ctx, input }) => {
    const job = await failedJob(ctx.queue, input.id);
    await job.retry("failed");
    return { id: input.id, retried: true };
  }),

  /** Deletes a failed job (the article stays stored, marked failed). */
  remove: procedureWith("manageQueue").input(jobIdSchema).mutation(async ({ ctx, input }) => {
    const job = await failedJob(ctx.queue, input.id);
    await job.remove();
    return { id: input.id, removed: true };
  }),
});
