export { createRedis } from "./connection";
export {
  createArticlesQueue,
  enqueueIngest,
  enqueueIngestMany,
  enqueueReprocessMany,
  reprocessJobId,
  type ArticlesQueue,
  type QueueOptions,
} from "./articles-queue";
export { createFeedsQueue, pollFeedNow, scheduleFeed, unscheduleFeed, type FeedsQueue } from "./feeds-queue";
export * from "./alerts-queue";
