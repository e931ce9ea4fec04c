import {
  feedSchedulerId,
  JOB_NAMES,
  POLL_FEED_JOB_OPTIONS,
  QUEUE_NAMES,
  type PollFeedPayload,
} from "@marsad/schema/queue";
import type { Feed } from "@marsad/schema/tables";
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { QueueOptions } from "./articles-queue";

export type FeedsQueue = Queue<PollFeedPayload>;

export function createFeedsQueue(connection: Redis, options: QueueOptions = {}): FeedsQueue {
  return new Queue<PollFeedPayload>(QUEUE_NAMES.feeds, {
    connection,
    prefix: options.prefix ?? "marsad",
    defaultJobOptions: POLL_FEED_JOB_OPTIONS,
  });
}

/**
 * Brings a feed's job scheduler in line with its row: polled every `intervalMinutes` from now on
 * (replacing any earlier schedule of the same feed), or not at all while it is paused. Idempotent,
 * so the worker runs it for every feed on start (Redis may have restarted), and editing or
 * re-registering a paused feed leaves it paused.
 */
export async function scheduleFeed(queue: FeedsQueue, feed: Pick<Feed, "id" | "intervalMinutes" | "pausedAt">): Promise<void> {
  if (feed.pausedAt) return unscheduleFeed(queue, feed.id);
  await queue.upsertJobScheduler(
    feedSchedulerId(feed.id),
    { every: feed.intervalMinutes * 60_000 },
    { name: JOB_NAMES.pollFeed, data: { feedId: feed.id }, opts: POLL_FEED_JOB_OPTIONS },
  );
}

/** Stops polling a feed (deleted or paused); a poll already running finishes. */
export async function unscheduleFeed(queue: FeedsQueue, feedId: string): Promise<void> {
  await queue.removeJobScheduler(feedSchedulerId(feedId));
}

/** Polls a feed once, now (the dashboard's "poll now" and tests). */
export async function pollFeedNow(queue: FeedsQueue, feedId: string): Promise<void> {
  await queue.add(JOB_NAMES.pollFeed, { feedId });
}
