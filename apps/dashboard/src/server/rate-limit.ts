import { RateLimitedError, type AttemptLimit, type SubmissionLimit } from "@marsad/api";
import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Logger } from "./logger";

/**
 * Per-client allowance of submitted articles per minute, kept in Redis so every dashboard process
 * shares it. When Redis cannot be reached the submission goes through: storing the article
 * matters more than limiting, and the reconciler queues it once Redis is back.
 */
export function createSubmissionLimiter(redis: Redis, options: { perMinute: number; prefix: string; logger: Logger }) {
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${options.prefix}:ratelimit:submissions`,
    points: options.perMinute,
    duration: 60,
  });
  return (client: string): SubmissionLimit =>
    async (articles) => {
      try {
        await limiter.consume(client, articles);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
        options.logger.warn({ err: error }, "rate limiter unavailable; submission allowed");
      }
    };
}

/**
 * An allowance of `points` attempts per `seconds` for each key, kept in Redis so every dashboard
 * process shares it. Resolves to the seconds to wait, 0 when the attempt may go ahead; when Redis
 * cannot be reached the attempt goes through (logged), as submissions do.
 */
export function createAttemptLimiter(
  redis: Redis,
  options: { keyPrefix: string; points: number; seconds: number; what: string; logger: Logger },
): AttemptLimit {
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.seconds,
  });
  return async (key) => {
    try {
      await limiter.consume(key);
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      options.logger.warn({ err: error }, `${options.what} limiter unavailable; allowed`);
      return 0;
    }
  };
}

/**
 * Per-client allowance of write requests (every POST/PATCH/DELETE under /api/v1) per minute, on
 * top of the articles they submit: feed registrations, corrections and watchlist changes cannot
 * be hammered either.
 */
export function createWriteLimiter(redis: Redis, options: { perMinute: number; prefix: string; logger: Logger }): AttemptLimit {
  return createAttemptLimiter(redis, {
    keyPrefix: `${options.prefix}:ratelimit:writes`,
    points: options.perMinute,
    seconds: 60,
    what: "write",
    logger: options.logger,
  });
}
