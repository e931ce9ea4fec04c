import { createDb, type Db } from "@marsad/db";
import { createArticlesQueue, createFeedsQueue, createRedis, type ArticlesQueue, type FeedsQueue } from "@marsad/queue";
import type { Access, AttemptLimit, SubmissionLimit } from "@marsad/api";
import type { Redis } from "ioredis";
import { readDashboardEnv, type DashboardEnv } from "../env";
import { requestAccess } from "./auth/request-access";
import { createPasswordAttemptLimiter, createSignInLimiter, type SignInLimit } from "./auth/sign-in-limit";
import { createLogger, type Logger } from "./logger";
import { parseTrustProxy, requestSource, type RequestSource } from "./http/request-source";
import { createSubmissionLimiter, createWriteLimiter } from "./rate-limit";

/** Everything a request handler needs from the outside world; one per process. */
export interface ServerDeps {
  db: Db;
  redis: Redis;
  queue: ArticlesQueue;
  /** Where feed polls are scheduled (the worker runs them). */
  feedsQueue: FeedsQueue;
  logger: Logger;
  onEnqueueError: (articleId: string, error: unknown) => void;
  /** The submission allowance of one client (`sourceOf(request).client`). */
  limitSubmissions: (client: string) => SubmissionLimit;
  /** Write requests of one client (every API write; SUBMISSIONS_PER_MINUTE a minute): seconds to wait, or 0. */
  limitWrites: AttemptLimit;
  /** Who sent a request and this site's origin, believing forwarding headers of TRUST_PROXY only. */
  sourceOf: (request: Request) => RequestSource;
  /** Who sent a request (API token, session cookie, or nobody). */
  accessOf: (request: Request) => Promise<Access>;
  /** True under NODE_ENV=production: no users means refuse, not run open. */
  production: boolean;
  limitSignIn: SignInLimit;
  /** Password changes per user (tRPC `account.changePassword`). */
  limitPasswordAttempts: AttemptLimit;
  close: () => Promise<void>;
}

export function createServerDeps(
  env: Pick<DashboardEnv, "DATABASE_URL" | "REDIS_URL" | "QUEUE_PREFIX" | "LOG_LEVEL" | "SUBMISSIONS_PER_MINUTE" | "NODE_ENV"> &
    Partial<Pick<DashboardEnv, "TRUST_PROXY">>,
): ServerDeps {
  const logger = createLogger(env.LOG_LEVEL);
  const { db, close: closeDb } = createDb(env.DATABASE_URL, { max: 10 });
  const redis = createRedis(env.REDIS_URL, "producer");
  // A producer connection reports errors on every failed reconnect; log them instead of crashing.
  redis.on("error", (error: unknown) => logger.warn({ err: error }, "redis connection error"));
  const queue = createArticlesQueue(redis, { prefix: env.QUEUE_PREFIX });
  queue.on("error", (error: unknown) => logger.warn({ err: error }, "articles queue error"));
  const feedsQueue = createFeedsQueue(redis, { prefix: env.QUEUE_PREFIX });
  feedsQueue.on("error", (error: unknown) => logger.warn({ err: error }, "feeds queue error"));
  const production = env.NODE_ENV === "production";
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  return {
    sourceOf: (request) => requestSource(request, trustProxy),
    db,
    redis,
    production,
    accessOf: (request) => requestAccess({ db, production }, request),
    limitSignIn: createSignInLimiter(redis, { prefix: env.QUEUE_PREFIX, logger }),
    limitPasswordAttempts: createPasswordAttemptLimiter(redis, { prefix: env.QUEUE_PREFIX, logger }),
    queue,
    feedsQueue,
    logger,
    limitSubmissions: createSubmissionLimiter(redis, { perMinute: env.SUBMISSIONS_PER_MINUTE, prefix: env.QUEUE_PREFIX, logger }),
    limitWrites: createWriteLimiter(redis, { perMinute: env.SUBMISSIONS_PER_MINUTE, prefix: env.QUEUE_PREFIX, logger }),
    onEnqueueError: (articleId, error) =>
      logger.warn(
        { err: error, articleId },
        "could not queue the article; the worker's reconciler will queue it",
      ),
    close: async () => {
      await Promise.all([queue.close(), feedsQueue.close()]);
      redis.disconnect();
      await closeDb();
    },
  };
}

// Kept on globalThis so that Next's dev server, which re-evaluates modules on every edit, reuses
// one pool and one Redis connection instead of leaking a new set per reload.
const globalCache = globalThis as unknown as { __marsadServerDeps?: ServerDeps };

/** The process-wide dependencies, created on first use from the environment. */
export function getServerDeps(): ServerDeps {
  globalCache.__marsadServerDeps ??= createServerDeps(readDashboardEnv());
  return globalCache.__marsadServerDeps;
}
