import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { refusalReason, type AddressPolicy } from "./address-policy";
import { FetchError } from "./errors";
import { guardedLookup, parseUrl } from "./safe-fetch";

export interface PostOptions {
  policy: AddressPolicy;
  headers: Record<string, string>;
  timeoutMs?: number;
}

/**
 * POSTs a body to a URL given by a user (a webhook) under the same address policy as `safeFetch`:
 * public addresses only, judged at connect time (no DNS rebinding), literal IPs judged first.
 * Redirects are not followed: a receiver answers where it was registered. Resolves with the HTTP
 * status; any refusal or network failure is a `FetchError`.
 */
export async function safePost(rawUrl: string, body: string, options: PostOptions): Promise<number> {
  const url = parseUrl(rawUrl);
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal)) {
    const reason = refusalReason(literal, options.policy);
    if (reason) throw new FetchError("forbidden-address", `refused to post to ${url.host}: ${reason}`);
  }
  const refused = { reason: null as string | null };
  const signal = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const client = url.protocol === "https:" ? https : http;
  try {
    return await new Promise<number>((resolve, reject) => {
      const req = client.request(
        url,
        {
          method: "POST",
          headers: { "user-agent": "MarsadBot/0.1 (+webhook)", "content-length": String(Buffer.byteLength(body)), ...options.headers },
          signal,
          lookup: guardedLookup(options.policy, refused),
        },
        (res) => {
          // The answer's body is not needed; read it so the socket is freed.
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  } catch (error) {
    if (refused.reason) throw new FetchError("forbidden-address", `refused to post to ${url.host}: ${refused.reason}`);
    if (signal.aborted) throw new FetchError("timeout", `no answer within ${(options.timeoutMs ?? 10_000) / 1000} s`, true);
    throw new FetchError("network", `cannot post to ${url.host}: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}
