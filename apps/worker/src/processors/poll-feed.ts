import { storeSubmission } from "@marsad/intake";
import { claimFeedItem, getFeed, linkFeedItem, recordFeedPoll, type Db } from "@marsad/db";
import { decodeBody, FetchError, parseFeed, safeFetch, type AddressPolicy } from "@marsad/fetcher";
import { enqueueIngestMany, type ArticlesQueue } from "@marsad/queue";
import { articleSubmissionSchema } from "@marsad/schema";
import { pollFeedPayloadSchema, type PollFeedPayload } from "@marsad/schema/queue";
import { UnrecoverableError, type Job } from "bullmq";

const FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/feed+json", "application/json", "text/plain", "text/html"];

export interface PollResult {
  feedId: string;
  newItems: number;
  notModified: boolean;
  /** Why nothing was fetched: the feed was deleted, or paused, after the poll was queued. */
  skipped?: "deleted" | "paused";
}

/**
 * Polls one feed with a conditional request and enqueues each item seen for the first time (by
 * guid, else link) as a URL submission carrying the feed's title, date and author. Errors are
 * recorded on the feed for the feeds page; the next scheduled poll tries again. Postgres decides
 * whether a feed is polled: a poll queued before its feed was paused or deleted fetches nothing.
 */
export function createPollFeedProcessor(db: Db, queue: ArticlesQueue, options: { fetchPolicy: AddressPolicy }) {
  return async function processPollFeed(job: Job<PollFeedPayload>): Promise<PollResult> {
    const payload = pollFeedPayloadSchema.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError("bad poll-feed payload");
    const feed = await getFeed(db, payload.data.feedId);
    if (!feed) return { feedId: payload.data.feedId, newItems: 0, notModified: false, skipped: "deleted" };
    if (feed.pausedAt) return { feedId: feed.id, newItems: 0, notModified: false, skipped: "paused" };
    try {
      const fetched = await safeFetch(feed.url, {
        policy: options.fetchPolicy,
        etag: feed.etag,
        lastModified: feed.lastModified,
        accept: FEED_TYPES,
      });
      if (fetched.status === 304) {
        await recordFeedPoll(db, feed.id, { ok: true, etag: feed.etag, lastModified: feed.lastModified, newItems: 0 });
        return { feedId: feed.id, newItems: 0, notModified: true };
      }
      const parsed = parseFeed(decodeBody(fetched.contentType, fetched.body));
      const created: string[] = [];
      let newItems = 0;
      for (const item of parsed.items) {
        if (!item.link || !(await claimFeedItem(db, feed.id, item.key))) continue;
        newItems++;
        const submission = articleSubmissionSchema.safeParse({
          url: item.link,
          title: item.title ?? undefined,
          source: parsed.title ?? undefined,
          author: item.author ?? undefined,
          publishedAt: item.published ?? undefined,
        });
        if (!submission.success) continue;
        const stored = await storeSubmission({ db }, submission.data, "feed");
        await linkFeedItem(db, feed.id, item.key, stored.id);
        if (stored.created) created.push(stored.id);
      }
      await enqueueIngestMany(queue, created);
      await recordFeedPoll(db, feed.id, {
        ok: true,
        title: parsed.title,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        newItems,
      });
      return { feedId: feed.id, newItems, notModified: false };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await recordFeedPoll(db, feed.id, { ok: false, error: message });
      if (error instanceof FetchError && !error.retryable) throw new UnrecoverableError(message);
      throw error;
    }
  };
}
