/** A client sent more articles than its allowance; it may try again after `retryAfterSeconds`. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`too many submissions: retry after ${retryAfterSeconds} s`);
    this.name = "RateLimitedError";
  }
}

/**
 * Takes `articles` from a client's allowance, or throws `RateLimitedError`. Implemented by the
 * process that knows clients (the dashboard, on Redis); services only call it.
 */
export type SubmissionLimit = (articles: number) => Promise<void>;

/**
 * Takes one attempt from `key`'s allowance: resolves to the seconds to wait before the next one,
 * or 0 when this one may go ahead. Implemented by the process that holds the counters (the
 * dashboard, on Redis).
 */
export type AttemptLimit = (key: string) => Promise<number>;
