import {
  DELIVER_WEBHOOK_JOB_OPTIONS,
  JOB_NAMES,
  MATCH_ARTICLE_JOB_OPTIONS,
  QUEUE_NAMES,
  matchArticleJobId,
  type DeliverWebhookPayload,
  type MatchArticlePayload,
} from "@marsad/schema/queue";
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { QueueOptions } from "./articles-queue";

/** Watchlist work, apart from ingestion: matching stored articles and delivering webhooks. */
export type AlertsQueue = Queue<MatchArticlePayload | DeliverWebhookPayload>;

export function createAlertsQueue(connection: Redis, options: QueueOptions = {}): AlertsQueue {
  return new Queue<MatchArticlePayload | DeliverWebhookPayload>(QUEUE_NAMES.alerts, {
    connection,
    prefix: options.prefix ?? "marsad",
  });
}

interface PendingMatch {
  articleId: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Matching asked for in this turn of the event loop and not queued yet, per queue. */
const pendingMatches = new WeakMap<AlertsQueue, PendingMatch[]>();

/**
 * Queues the matching of an article whose knowledge was just stored (one pending job per article).
 * The articles of a stored batch ask in the same turn of the event loop: they are queued together
 * in one `addBulk` (one round trip to Redis), and each caller learns whether its article was.
 */
export function enqueueMatch(queue: AlertsQueue, articleId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let pending = pendingMatches.get(queue);
    if (!pending) {
      const batch: PendingMatch[] = (pending = []);
      pendingMatches.set(queue, batch);
      setImmediate(() => {
        pendingMatches.delete(queue);
        enqueueMatchMany(queue, batch.map((p) => p.articleId)).then(
          () => batch.forEach((p) => p.resolve()),
          (error: unknown) => batch.forEach((p) => p.reject(error)),
        );
      });
    }
    pending.push({ articleId, resolve, reject });
  });
}

/**
 * Queues the matching of articles whose job was lost. An article whose job is still in Redis
 * (waiting, running, or failed for good) is left as it is: adding a job id that exists does nothing.
 */
export async function enqueueMatchMany(queue: AlertsQueue, articleIds: string[]): Promise<void> {
  await queue.addBulk(
    articleIds.map((articleId) => ({
      name: JOB_NAMES.matchArticle,
      data: { articleId },
      opts: { ...MATCH_ARTICLE_JOB_OPTIONS, jobId: matchArticleJobId(articleId) },
    })),
  );
}

/** Queues one webhook delivery; its id is the delivery row's, so it is queued once. */
export async function enqueueWebhookDelivery(queue: AlertsQueue, deliveryId: string): Promise<void> {
  await enqueueWebhookDeliveries(queue, [deliveryId]);
}

/** Queues webhook deliveries in one round trip (a matched batch's); each is queued once. */
export async function enqueueWebhookDeliveries(queue: AlertsQueue, deliveryIds: string[]): Promise<void> {
  if (deliveryIds.length === 0) return;
  await queue.addBulk(
    deliveryIds.map((deliveryId) => ({
      name: JOB_NAMES.deliverWebhook,
      data: { deliveryId },
      opts: { ...DELIVER_WEBHOOK_JOB_OPTIONS, jobId: `webhook-${deliveryId}` },
    })),
  );
}
