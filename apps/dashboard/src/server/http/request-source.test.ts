import { describe, expect, it } from "vitest";
import {
  InvalidTrustProxyError,
  parseTrustProxy,
  PEER_ADDRESS_HEADER,
  PEER_PROTO_HEADER,
  requestSource,
} from "./request-source";
import { dashboardEnvSchema } from "../../env";

const request = (headers: Record<string, string>) =>
  new Request("http://dashboard.test/api/v1/articles", { headers: { host: "dashboard.test", ...headers } });

const forged = {
  "x-forwarded-for": "198.51.100.99",
  "x-real-ip": "198.51.100.98",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
};

describe("requestSource", () => {
  it("by default believes no forwarding header: the connection's address and Host decide", () => {
    const source = requestSource(request({ [PEER_ADDRESS_HEADER]: "203.0.113.5", ...forged }), parseTrustProxy(""));
    expect(source).toEqual({ client: "203.0.113.5", ownOrigin: "http://dashboard.test", https: false });
  });

  it("believes a TLS connection the server itself saw", () => {
    const source = requestSource(
      request({ [PEER_ADDRESS_HEADER]: "203.0.113.5", [PEER_PROTO_HEADER]: "https" }),
      parseTrustProxy(undefined),
    );
    expect(source).toMatchObject({ ownOrigin: "https://dashboard.test", https: true });
  });

  it("with a number of hops, takes the address that many proxies back", () => {
    const headers = { [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.9" };
    expect(requestSource(request(headers), parseTrustProxy("1")).client).toBe("10.0.0.9");
    expect(requestSource(request(headers), parseTrustProxy("2")).client).toBe("203.0.113.7");
  });

  it("with proxy addresses, believes them only when the connection comes from one", () => {
    const trust = parseTrustProxy("10.0.0.0/8, loopback");
    const viaProxy = requestSource(request({ [PEER_ADDRESS_HEADER]: "10.1.2.3", ...forged }), trust);
    expect(viaProxy).toEqual({ client: "198.51.100.99", ownOrigin: "https://evil.example", https: true });
    const direct = requestSource(request({ [PEER_ADDRESS_HEADER]: "203.0.113.5", ...forged }), trust);
    expect(direct).toEqual({ client: "203.0.113.5", ownOrigin: "http://dashboard.test", https: false });
  });

  it("without the server's peer header (next dev) every client shares one bucket", () => {
    expect(requestSource(request(forged), parseTrustProxy("1")).client).toBe("unknown");
  });
});

describe("TRUST_PROXY", () => {
  it("refuses a value that is neither a number nor addresses, naming the variable", () => {
    expect(() => parseTrustProxy("not-an-address")).toThrow(InvalidTrustProxyError);
    const parsed = dashboardEnvSchema.safeParse({ DATABASE_URL: "postgres://x@h/db", TRUST_PROXY: "nope" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["TRUST_PROXY"]);
    expect(dashboardEnvSchema.parse({ DATABASE_URL: "postgres://x@h/db" }).TRUST_PROXY).toBe("");
  });
});
