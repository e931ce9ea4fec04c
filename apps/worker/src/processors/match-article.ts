import type { Db } from "@marsad/db";
import type { AlertsQueue } from "@marsad/queue";
import { matchArticlePayloadSchema, type MatchArticlePayload } from "@marsad/schema/queue";
import { UnrecoverableError, type Job } from "bullmq";
import { createBatcher, type BatcherOptions } from "../batcher";
import { matchArticles, type MatchResult } from "./match-articles";

export type { MatchResult } from "./match-articles";

export interface MatchArticleProcessor {
  (job: Job<MatchArticlePayload>): Promise<MatchResult>;
  /** Matches what is waiting and resolves once every batch has finished. */
  drain: () => Promise<void>;
  /** Says that articles may have stopped coming: what waits for batch-mates goes soon. */
  nudge: () => void;
}

/**
 * Matches articles brought one at a time together with those ready at the same time
 * (`matchArticles` on batches gathered by `createBatcher`); a batch that fails is matched again
 * article by article, so one bad article fails alone.
 */
export function createArticleMatcher(db: Db, queue: AlertsQueue, options: BatcherOptions) {
  return createBatcher<string, MatchResult>(
    (articleIds) => matchArticles(db, queue, articleIds),
    async (articleId) => (await matchArticles(db, queue, [articleId]))[0]!,
    options,
  );
}

/**
 * The `match-article` job: matches its article against every watchlist together with the
 * articles whose jobs are ready at the same time (`matchArticles` on batches gathered by
 * `createArticleMatcher`, up to `maxSize`). Every job still awaits its own article, so it completes
 * only once the transaction holding its alerts committed, and one bad article fails (and retries)
 * its job alone.
 */
export function createMatchArticleProcessor(db: Db, queue: AlertsQueue, options: BatcherOptions): MatchArticleProcessor {
  const batcher = createArticleMatcher(db, queue, options);
  const processMatchArticle = async (job: Job<MatchArticlePayload>): Promise<MatchResult> => {
    const payload = matchArticlePayloadSchema.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError("bad match-article payload");
    return batcher.run(payload.data.articleId);
  };
  return Object.assign(processMatchArticle, { drain: batcher.drain, nudge: batcher.nudge });
}
