import { recordWebhookAttempt, webhookDeliveryWork, type Db } from "@marsad/db";
import { FetchError, safePost, type AddressPolicy } from "@marsad/fetcher";
import { deliverWebhookPayloadSchema, type DeliverWebhookPayload } from "@marsad/schema/queue";
import { UnrecoverableError, type Job } from "bullmq";
import { WEBHOOK_HEADERS, webhookSignature } from "../alerts/webhook-signature";

export interface DeliveryResult {
  deliveryId: string;
  status: "delivered" | "skipped";
  responseStatus?: number;
}

/** An answer worth trying again: the receiver is down, overloaded or asks us to slow down. */
const retryableStatus = (status: number) => status >= 500 || status === 429 || status === 408;

/**
 * POSTs one delivery's alerts as JSON to the watchlist's webhook, signed (see `webhookSignature`),
 * through the URL-fetching address policy. A 2xx marks it delivered; a 5xx, 429 or network fault
 * throws so BullMQ retries with backoff; anything else (4xx, a private address) fails for good.
 * Every attempt is recorded for the watchlist page.
 */
export function createDeliverWebhookProcessor(db: Db, options: { fetchPolicy: AddressPolicy }) {
  return async function processDeliverWebhook(job: Job<DeliverWebhookPayload>): Promise<DeliveryResult> {
    const payload = deliverWebhookPayloadSchema.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError("bad deliver-webhook payload");
    const { deliveryId } = payload.data;
    const work = await webhookDeliveryWork(db, deliveryId);
    // The watchlist was deleted or lost its webhook since: nothing to send.
    if (!work || !work.watchlist.webhookUrl || work.delivery.status === "delivered") return { deliveryId, status: "skipped" };

    const body = JSON.stringify({
      delivery: deliveryId,
      watchlist: { id: work.watchlist.id, name: work.watchlist.name },
      alerts: work.alerts.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    let status: number;
    try {
      status = await safePost(work.watchlist.webhookUrl, body, {
        policy: options.fetchPolicy,
        headers: {
          "content-type": "application/json",
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: webhookSignature(work.watchlist.webhookSecret ?? "", timestamp, body),
        },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retry = error instanceof FetchError ? error.retryable : true;
      await recordWebhookAttempt(db, deliveryId, { status: retry && !lastAttempt ? "pending" : "failed", responseStatus: null, error: message });
      throw retry ? error : new UnrecoverableError(message);
    }
    if (status >= 200 && status < 300) {
      await recordWebhookAttempt(db, deliveryId, { status: "delivered", responseStatus: status, error: null });
      return { deliveryId, status: "delivered", responseStatus: status };
    }
    const retry = retryableStatus(status);
    const message = `the receiver answered HTTP ${status}`;
    await recordWebhookAttempt(db, deliveryId, { status: retry && !lastAttempt ? "pending" : "failed", responseStatus: status, error: message });
    throw retry ? new Error(message) : new UnrecoverableError(message);
  };
}
