import { setFeedPaused, upsertFeed, type Db } from "@marsad/db";
import { scheduleFeed, type FeedsQueue } from "@marsad/queue";
import type { FeedRegistration } from "@marsad/schema";
import type { Feed } from "@marsad/schema/tables";

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

/** Stops polling a feed until it is resumed (a poll already queued fetches nothing); undefined when no feed has the id. */
export function pauseFeed(deps: FeedDeps, id: string): Promise<Feed | undefined> {
  return setPausedAndSchedule(deps, id, true);
}

/** Polls a paused feed again on its interval, starting with a poll right away; undefined when no feed has the id. */
export function resumeFeed(deps: FeedDeps, id: string): Promise<Feed | undefined> {
  return setPausedAndSchedule(deps, id, false);
}

/** Postgres first (the poll processor reads the row), then the scheduler in Redis follows it. */
async function setPausedAndSchedule(deps: FeedDeps, id: string, paused: boolean): Promise<Feed | undefined> {
  const feed = await setFeedPaused(deps.db, id, paused);
  if (feed) await scheduleFeed(deps.feedsQueue, feed);
  return feed;
}
