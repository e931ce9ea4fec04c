import { createHmac } from "node:crypto";

/**
 * How a webhook POST is signed, so a receiver can tell it came from this Marsad and was not
 * replayed: `X-Marsad-Timestamp` is the sending time in Unix seconds, and `X-Marsad-Signature` is
 * `sha256=` + the hex HMAC-SHA256, keyed with the watchlist's webhook secret, of
 * `<timestamp>.<raw body>`. A receiver recomputes it over the exact bytes it received, compares in
 * constant time, and refuses timestamps more than a few minutes old.
 */
export const WEBHOOK_HEADERS = { timestamp: "x-marsad-timestamp", signature: "x-marsad-signature" } as const;

export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}
