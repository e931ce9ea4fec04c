import type { AttemptLimit } from "@marsad/api";
import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Logger } from "../logger";
import { createAttemptLimiter } from "../rate-limit";

/** Seconds to wait before the next attempt, or 0 when an attempt may go ahead. */
export type SignInLimit = (client: string, username: string) => Promise<number>;

/**
 * Sign-in attempts allowed per 15 minutes: 10 for one username from one address (password
 * guessing against one account), 100 from one address in all (spraying many accounts). Kept in
 * Redis so every dashboard process shares them; when Redis is down attempts go through, since the
 * password check itself (scrypt) still slows guessing.
 */
export function createSignInLimiter(redis: Redis, options: { prefix: string; logger: Logger }): SignInLimit {
  const perAccount = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${options.prefix}:ratelimit:signin:account`,
    points: 10,
    duration: 900,
  });
  const perClient = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${options.prefix}:ratelimit:signin:client`,
    points: 100,
    duration: 900,
  });
  return async (client, username) => {
    try {
      await perClient.consume(client);
      await perAccount.consume(`${client}:${username}`);
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      options.logger.warn({ err: error }, "sign-in rate limiter unavailable; attempt allowed");
      return 0;
    }
  };
}

/**
 * Password checks of a signed-in user (changing the password): 5 per user per 15 minutes, so a
 * session left open in a browser cannot be used to guess the current password.
 */
export function createPasswordAttemptLimiter(
  redis: Redis,
  options: { prefix: string; logger: Logger },
): AttemptLimit {
  return createAttemptLimiter(redis, {
    keyPrefix: `${options.prefix}:ratelimit:password`,
    points: 5,
    seconds: 900,
    what: "password attempt",
    logger: options.logger,
  });
}
