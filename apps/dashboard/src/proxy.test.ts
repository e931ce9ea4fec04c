import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "./proxy";
import { PAGE_PATH_HEADER } from "./server/page-path";

const prefetches = [{ purpose: "prefetch" }, { "next-router-prefetch": "1" }, { "x-marsad-path": "/sign-in" }, {}];

describe("the page proxy", () => {
  it("runs on every page request, prefetches included, whatever headers the client sends", () => {
    for (const headers of prefetches)
      for (const url of ["/articles", "/people?q=x", "/sign-in", "/"])
        expect(unstable_doesMiddlewareMatch({ config, url, headers }), `${url} ${JSON.stringify(headers)}`).toBe(true);
  });

  it("leaves API routes and static files alone (next.config.ts gives them their headers)", () => {
    for (const url of ["/api/v1/articles", "/api/trpc/x", "/_next/static/chunk.js", "/favicon.ico"])
      expect(unstable_doesMiddlewareMatch({ config, url }), url).toBe(false);
  });

  it("replaces a client's own page path with the URL's, and sets the CSP on the answer", () => {
    const response = proxy(
      new NextRequest("http://dashboard.test/articles?status=done", {
        headers: { [PAGE_PATH_HEADER]: "/sign-in", purpose: "prefetch", "next-router-prefetch": "1" },
      }),
    );
    expect(response.headers.get(`x-middleware-request-${PAGE_PATH_HEADER}`)).toBe("/articles?status=done");
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[\w+/=]+'/);
  });
});
