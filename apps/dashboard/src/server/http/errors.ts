import { RateLimitedError } from "@marsad/api";
import { InvalidCursorError } from "@marsad/db";
import type { Logger } from "../logger";

/** A failure that maps to one HTTP status and a JSON body `{error, ...extra}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

const NO_STORE = { "Cache-Control": "no-store" };

/** JSON has no 64-bit integers: bigint columns (e.g. a simhash) are sent as decimal strings. */
function jsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body, jsonReplacer), {
    status,
    headers: { "Content-Type": "application/json", ...NO_STORE },
  });
}

export function errorResponse(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): Response {
  return jsonResponse(status, { error: message, ...extra });
}

// Error codes that mean "Postgres cannot be reached right now", as opposed to a bug in a query:
// socket errors from Node, postgres.js's own connection errors, and SQLSTATEs of class 08
// (connection exception), 57P0x (server shutting down / starting up), 53300 (too many
// connections) and 3D000 (the database does not exist).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "3D000",
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/**
 * True when the error (or any error it wraps: drizzle wraps driver errors in `cause`, Node wraps
 * per-address connect errors in an AggregateError) says the database is unreachable.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 8 || typeof error !== "object" || error === null) return false;
  const code = errorCode(error);
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
  if (error instanceof AggregateError && error.errors.some((e) => isDatabaseUnavailable(e, depth + 1)))
    return true;
  return "cause" in error && isDatabaseUnavailable(error.cause, depth + 1);
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "the database is unreachable; check that Postgres is running and DATABASE_URL is right, then retry";

/** Turns anything a handler threw into a JSON response; unexpected errors are logged, not shown. */
export function toErrorResponse(error: unknown, logger?: Pick<Logger, "error">): Response {
  if (error instanceof HttpError) return errorResponse(error.status, error.message, error.extra);
  if (error instanceof RateLimitedError) {
    const response = errorResponse(429, error.message, { retryAfterSeconds: error.retryAfterSeconds });
    response.headers.set("Retry-After", String(error.retryAfterSeconds));
    return response;
  }
  if (error instanceof InvalidCursorError)
    return errorResponse(400, `cursor: ${error.message}`, { field: "cursor" });
  if (isDatabaseUnavailable(error)) return errorResponse(503, DATABASE_UNAVAILABLE_MESSAGE);
  logger?.error({ err: error }, "unexpected error in an HTTP handler");
  return errorResponse(500, "internal error");
}
