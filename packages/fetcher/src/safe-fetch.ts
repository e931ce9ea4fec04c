import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { refusalReason, type AddressPolicy } from "./address-policy";
import { FetchError } from "./errors";

export interface FetchLimits {
  /** Largest body read, in bytes. */
  maxBytes: number;
  /** Whole request, redirects included, in milliseconds. */
  timeoutMs: number;
  maxRedirects: number;
  /** Media types accepted (e.g. `text/html`); anything else is refused. */
  accept: string[];
}

export const DEFAULT_LIMITS: FetchLimits = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 10_000,
  maxRedirects: 5,
  accept: ["text/html", "application/xhtml+xml", "text/plain"],
};

export interface FetchOptions extends Partial<FetchLimits> {
  policy: AddressPolicy;
  /** Conditional request headers from the previous fetch of the same URL. */
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
}

export interface FetchedResource {
  status: 200 | 304;
  /** The URL after redirects. */
  url: string;
  contentType: string | null;
  body: Uint8Array;
  etag: string | null;
  lastModified: string | null;
}

/**
 * A DNS lookup that refuses forbidden addresses at connection time, so a name that resolves to a
 * private address — directly, after a redirect, or by re-resolving differently (DNS rebinding)
 * — is never connected to.
 */
export function guardedLookup(policy: AddressPolicy, refused: { reason: string | null }): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      for (const a of addresses) {
        const reason = refusalReason(a.address, policy);
        if (reason) {
          // Only that it is refused: which internal address a name has is no business of the
          // person who submitted the link (it maps the private network for them).
          refused.reason = `${hostname} is not a public address`;
          return callback(new Error(refused.reason), "", 0);
        }
      }
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address`), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

export function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError("bad-url", `"${raw}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchError("bad-url", `only http and https URLs can be fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new FetchError("bad-url", "URLs with credentials are not fetched");
  return url;
}

function request(url: URL, options: FetchOptions, signal: AbortSignal, refused: { reason: string | null }) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const headers: Record<string, string> = {
      "user-agent": "MarsadBot/0.1 (+news reader)",
      accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
    };
    if (options.etag) headers["if-none-match"] = options.etag;
    if (options.lastModified) headers["if-modified-since"] = options.lastModified;
    const client = url.protocol === "https:" ? https : http;
    const req = client.get(url, { headers, signal, lookup: guardedLookup(options.policy, refused) }, resolve);
    req.on("error", reject);
  });
}

async function readLimited(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new FetchError("too-large", `the page is ${declared} bytes, over the limit of ${maxBytes}`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      res.destroy();
      throw new FetchError("too-large", `the page is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * GETs a URL the way untrusted input must be fetched: public addresses only (checked at connect
 * time, after every redirect, IPv4 and IPv6), a size cap, a time cap, a redirect cap and a
 * content-type check. Every refusal is a `FetchError` with a message fit to show a user.
 */
export async function safeFetch(rawUrl: string, options: FetchOptions): Promise<FetchedResource> {
  const limits = { ...DEFAULT_LIMITS, ...options };
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = parseUrl(rawUrl);
  try {
    for (let redirects = 0; ; redirects++) {
      // A literal IP in the URL never goes through DNS: judge it here.
      const literal = url.hostname.replace(/^\[|\]$/g, "");
      if (isIP(literal)) {
        const reason = refusalReason(literal, options.policy);
        if (reason) throw new FetchError("forbidden-address", `refused to fetch ${url.host}: not a public address`);
      }
      const refused = { reason: null as string | null };
      let res: IncomingMessage;
      try {
        res = await request(url, options, signal, refused);
      } catch (error) {
        if (refused.reason) throw new FetchError("forbidden-address", `refused to fetch ${url.host}: ${refused.reason}`);
        throw error;
      }
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
        res.resume();
        if (redirects >= limits.maxRedirects) {
          throw new FetchError("too-many-redirects", `more than ${limits.maxRedirects} redirects`);
        }
        url = parseUrl(new URL(res.headers.location, url).toString());
        continue;
      }
      const meta = {
        url: url.toString(),
        contentType: res.headers["content-type"] ?? null,
        etag: (res.headers.etag) ?? null,
        lastModified: res.headers["last-modified"] ?? null,
      };
      if (status === 304) {
        res.resume();
        return { ...meta, status: 304, body: new Uint8Array(0) };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchError("http-status", `the server answered HTTP ${status}`, status >= 500 || status === 429);
      }
      const mediaType = (meta.contentType ?? "").split(";")[0]!.trim().toLowerCase();
      if (mediaType && !limits.accept.includes(mediaType)) {
        res.destroy();
        throw new FetchError("content-type", `content type ${mediaType} is not an article page (${limits.accept.join(", ")})`);
      }
      return { ...meta, status: 200, body: await readLimited(res, limits.maxBytes) };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted) throw new FetchError("timeout", `no complete answer within ${limits.timeoutMs / 1000} s`, true);
    const code = (error as { code?: string }).code;
    if (code === "ENOTFOUND" || code === "EAI_AGAIN") throw new FetchError("dns", `cannot resolve ${url.hostname}`, code === "EAI_AGAIN");
    throw new FetchError("network", `cannot fetch ${url.host}: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}
