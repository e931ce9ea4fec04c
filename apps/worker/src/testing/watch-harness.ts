import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { appRouter, createCallerFactory, OPEN_ACCESS, watchlistAtomFeed } from "@marsad/api";
import { startReprocess, submitArticle } from "@marsad/intake";
import { getArticle, getExtractionRun } from "@marsad/db";
import { parseFeed } from "@marsad/fetcher";
import { createAlertsQueue, type AlertsQueue } from "@marsad/queue";
import { webhookDeliveries } from "@marsad/schema/tables";
import { parseFeed as parseAnyFeed } from "feedsmith";
import { waitFor, type WorkerHarness } from "./worker-harness";

/** One POST the receiver took, with whether its signature verified against the secret. */
export interface ReceivedHook {
  delivery: string;
  alertIds: string[];
  signed: boolean;
}

/**
 * A webhook receiver on 127.0.0.1 that verifies signatures the way the README tells receivers to
 * (HMAC-SHA256 of `<timestamp>.<body>`), written here from the documentation, not from the sender's
 * code. `failFirst` answers 500 to the first POST so the retry with backoff is exercised.
 */
export async function startWebhookReceiver(options: { failFirst: boolean }) {
  const received: ReceivedHook[] = [];
  let secret = "";
  let failed = false;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (options.failFirst && !failed) {
        failed = true;
        res.writeHead(500).end();
        return;
      }
      const body = Buffer.concat(chunks).toString("utf8");
      const timestamp = String(req.headers["x-marsad-timestamp"] ?? "");
      const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`);
      const given = Buffer.from(String(req.headers["x-marsad-signature"] ?? ""));
      const parsed = JSON.parse(body) as { delivery: string; alerts: Array<{ id: string }> };
      received.push({
        delivery: parsed.delivery,
        alertIds: parsed.alerts.map((a) => a.id),
        signed: given.length === expected.length && timingSafeEqual(given, expected),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    useSecret: (s: string) => {
      secret = s;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The watchlist side of a worker harness: tRPC as the dashboard calls it, and waits on the alerts queue. */
export function watchTools(h: WorkerHarness) {
  const alertsQueue: AlertsQueue = createAlertsQueue(h.redis, { prefix: h.prefix });
  const caller = createCallerFactory(appRouter)({ db: h.db, queue: h.queue, feedsQueue: h.feedsQueue, access: OPEN_ACCESS });

  /** Submits an article and waits until the worker has stored it and matched it. */
  async function submitAndMatch(text: string, publishedAt?: string) {
    const { id } = await submitArticle({ db: h.db, queue: h.queue }, { text, ...(publishedAt ? { publishedAt } : {}) });
    await waitFor(async () => ["done", "failed"].includes((await getArticle(h.db, id))?.status ?? ""), 60_000);
    await alertsSettled();
    return id;
  }

  /** No matching or delivery job waits, runs or is scheduled for a retry, and no delivery is pending. */
  async function alertsSettled() {
    await waitFor(async () => {
      const counts = await alertsQueue.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children");
      if (Object.values(counts).some((n) => n > 0)) return false;
      const pending = await h.db.select({ status: webhookDeliveries.status }).from(webhookDeliveries);
      return pending.every((d) => d.status !== "pending");
    }, 60_000);
  }

  async function reprocessAll() {
    const started = await startReprocess({ db: h.db, queue: h.queue }, { scope: "all" });
    await waitFor(async () => (await getExtractionRun(h.db, started.runId))?.finishedAt, 120_000);
    await alertsSettled();
  }

  /** The watchlist's Atom feed, parsed by a feed parser (it throws on a feed that is not valid). */
  async function readFeed(secret: string) {
    // The dashboard words entries from its catalogues; here an entry names its kind and facts.
    const xml = await watchlistAtomFeed(h.db, secret, "https://marsad.example", (a) => Promise.resolve(`${a.kind}: ${JSON.stringify(a.facts)}`));
    if (!xml) throw new Error("the feed URL does not answer");
    const format = parseAnyFeed(xml).format;
    return { format, feed: parseFeed(xml), xml };
  }

  return { caller, alertsQueue, submitAndMatch, alertsSettled, reprocessAll, readFeed, close: () => alertsQueue.close() };
}
