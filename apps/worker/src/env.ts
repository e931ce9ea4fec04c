import { z } from "zod";

/** The worker's configuration, read from the environment once and validated. */
export const workerEnvSchema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
  REDIS_URL: z.string().default("redis://127.0.0.1:6379"),
  QUEUE_PREFIX: z.string().min(1).default("marsad"),
  /**
   * Jobs processed at once; their articles are stored in batches of up to WORKER_BATCH_SIZE. A job
   * mostly waits for its batch, so this is set well above the batch size: with as many jobs as a
   * batch holds, the two batches in flight split them and each stores a handful.
   */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(64),
  /**
   * Most articles stored in one transaction (1: each article alone). A batch's lookups (the events
   * and names near its articles) and round trips cost about the same for 5 articles as for 30.
   */
  WORKER_BATCH_SIZE: z.coerce.number().int().min(1).max(200).default(32),
  /** How long an article waits for batch-mates before its batch is stored anyway. */
  WORKER_BATCH_WAIT_MS: z.coerce.number().int().min(0).max(1000).default(5),
  /**
   * Most articles matched against the watchlists in one transaction. Larger than storing's: each
   * batch updates the alert count of every watchlist its alerts reach (with many watchlists, most
   * of them), once per batch, and nobody waits on matching the way a submitter waits on storing.
   */
  WORKER_MATCH_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(256),
  /**
   * While this worker is storing articles, how long an article waits for batch-mates before it is
   * matched anyway, even right after a batch finished (matching's batches are patient): fewer
   * batches, so fewer count updates. When storing stops, what waits is matched at once.
   */
  WORKER_MATCH_BATCH_WAIT_MS: z.coerce.number().int().min(0).max(5000).default(250),
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** An article `queued`/`processing` for longer than this is considered lost and queued again. */
  RECONCILE_STALE_MS: z.coerce.number().int().min(1000).default(5 * 60_000),
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(500).default(30_000),
  /**
   * Addresses or CIDR ranges that URL and feed fetches may reach although they are private, comma
   * separated (e.g. "127.0.0.1" in tests). Empty: public addresses only.
   */
  FETCH_ALLOW: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type WorkerEnv = z.infer<typeof workerEnvSchema>;

export function readWorkerEnv(source: NodeJS.ProcessEnv = process.env): WorkerEnv {
  const parsed = workerEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`invalid worker configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
