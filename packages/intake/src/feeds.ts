import { upsertFeed, type Db } from "@marsad/db";
import { scheduleFeed, type FeedsQueue } from "@marsad/queue";
import type { FeedRegistration } from "@marsad/schema";

export interface FeedDeps {
  db: Db;
  feedsQueue: FeedsQueue;
}

/** Registers (or re-schedules) a feed; the job scheduler's first poll runs right away. */
export async function registerFeed(deps: FeedDeps, input: Required<Pick<FeedRegistration, "url">> & { intervalMinutes: number }) {
  const { feed, created } = await upsertFeed(deps.db, input);
  await scheduleFeed(deps.feedsQueue, feed);
  return { feed, created };
}
