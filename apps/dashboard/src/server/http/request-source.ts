import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * Set by the dashboard's HTTP server (server.mjs) from the TCP connection itself, replacing any
 * value a client sent: the address of whoever opened the connection, and whether it is TLS.
 * Everything else about the sender (X-Forwarded-For, X-Real-IP, X-Forwarded-Host/-Proto) is
 * written by the client or by a proxy, and is believed only when that connection comes from a
 * proxy named in TRUST_PROXY.
 */
export const PEER_ADDRESS_HEADER = "x-marsad-peer-address";
export const PEER_PROTO_HEADER = "x-marsad-peer-proto";

/** Whether the address `hop` steps back from this server is a proxy we believe (0 = the TCP peer). */
export type TrustProxy = (address: string, hop: number) => boolean;

export class InvalidTrustProxyError extends Error {}

/**
 * TRUST_PROXY: empty or `false` (the default) trusts no forwarding header; a whole number N
 * trusts N proxies in front of this server (N addresses back in X-Forwarded-For); otherwise a
 * comma-separated list of proxy addresses or subnets (`10.0.0.1`, `10.0.0.0/8`, `::1`) or the
 * names `loopback`, `linklocal`, `uniquelocal`.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "false" || text === "0") return () => false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  const entries = text.split(",").map((s) => s.trim()).filter(Boolean);
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new InvalidTrustProxyError(
      `TRUST_PROXY: ${error instanceof Error ? error.message : String(error)} (use a number of proxies, or addresses/subnets separated by commas)`,
    );
  }
}

/** Who sent a request and how it reached this site, believing only trusted proxies. */
export interface RequestSource {
  /** The client's address: what limits are keyed on; `unknown` when this server cannot tell. */
  client: string;
  /** This site's origin as the browser sees it (`https://host`): what `Origin` must equal. */
  ownOrigin: string;
  https: boolean;
}

const firstValue = (headers: Headers, name: string) => headers.get(name)?.split(",")[0]?.trim() || undefined;

export function requestSource(request: Request, trust: TrustProxy): RequestSource {
  const headers = request.headers;
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  const url = new URL(request.url);
  if (!peer) {
    // Not behind server.mjs (`next dev`): no address can be believed, so all clients share one
    // bucket, and the request URL Next built is all we know of the origin.
    return { client: "unknown", ownOrigin: url.origin, https: url.protocol === "https:" };
  }
  const forwardedFor = headers.get("x-forwarded-for") ?? "";
  const connection = { remoteAddress: peer };
  const client = proxyaddr(
    { headers: { "x-forwarded-for": forwardedFor }, socket: connection, connection } as unknown as IncomingMessage,
    trust,
  );
  const viaTrustedProxy = trust(peer, 0);
  const proto =
    (viaTrustedProxy ? firstValue(headers, "x-forwarded-proto") : undefined) ??
    (headers.get(PEER_PROTO_HEADER) === "https" ? "https" : "http");
  const host =
    (viaTrustedProxy ? firstValue(headers, "x-forwarded-host") : undefined) ?? headers.get("host") ?? url.host;
  return { client, ownOrigin: `${proto}://${host}`, https: proto === "https" };
}
