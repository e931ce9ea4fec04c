import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalReason } from "./address-policy";
import { decodeBody } from "./decode";
import { FetchError } from "./errors";
import { safeFetch } from "./safe-fetch";
import { startTestServer } from "./test-server";

// windows-1256 bytes of "الجيش" (alef-lam-jeem-yeh-sheen), written out so the test needs no encoder.
const CP1256_ARMY = Buffer.from([0xc7, 0xe1, 0xcc, 0xed, 0xd4]);

let base: string;
let server: Server;
const allowLocal = { policy: { allow: ["127.0.0.1"] } };

beforeAll(async () => {
  ({ url: base, server } = await startTestServer({
    "/ar": (_q, r) => r.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<html><p>وزير الدفاع</p></html>"),
    "/cp1256": (_q, r) =>
      r
        .writeHead(200, { "content-type": "text/html" })
        .end(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1256"></head><body><p>'), CP1256_ARMY, Buffer.from("</p></body></html>")])),
    "/to-ar": (_q, r) => r.writeHead(302, { location: "/ar" }).end(),
    "/to-metadata": (_q, r) => r.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    "/to-private": (_q, r) => r.writeHead(301, { location: "http://10.0.0.7/admin" }).end(),
    "/to-v6-loopback": (_q, r) => r.writeHead(302, { location: "http://[::1]/" }).end(),
    "/loop": (_q, r) => r.writeHead(302, { location: "/loop" }).end(),
    "/slow": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" });
      r.write("<html>");
      setTimeout(() => r.end("</html>"), 3000).unref();
    },
    "/huge": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 8 * 1024 * 1024) {
          sent += chunk.length;
          if (!r.write(chunk)) return r.once("drain", pump);
        }
        r.end();
      };
      pump();
    },
    "/pdf": (_q, r) => r.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4"),
    "/gone": (_q, r) => r.writeHead(404).end(),
    "/etag": (q, r) => {
      if (q.headers["if-none-match"] === '"v1"') return r.writeHead(304).end();
      r.writeHead(200, { "content-type": "text/html", etag: '"v1"' }).end("<p>x</p>");
    },
  }));
});

afterAll(() => server.close());

async function refusal(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error("expected a FetchError");
}

describe("refusalReason", () => {
  it.each(["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1", "0.0.0.0", "100.64.0.1"])(
    "refuses %s",
    (ip) => expect(refusalReason(ip, { allow: [] })).toMatch(/not a public address/),
  );

  it("accepts public addresses and what the allowlist names", () => {
    expect(refusalReason("8.8.8.8", { allow: [] })).toBeNull();
    expect(refusalReason("2001:4860:4860::8888", { allow: [] })).toBeNull();
    expect(refusalReason("127.0.0.1", { allow: ["127.0.0.1"] })).toBeNull();
    expect(refusalReason("10.2.3.4", { allow: ["10.0.0.0/8"] })).toBeNull();
  });
});

describe("safeFetch", () => {
  it("fetches an allowed page and follows redirects", async () => {
    const page = await safeFetch(`${base}/to-ar`, allowLocal);
    expect(page.url).toBe(`${base}/ar`);
    expect(decodeBody(page.contentType, page.body)).toContain("وزير الدفاع");
  });

  it("decodes a windows-1256 page", async () => {
    const page = await safeFetch(`${base}/cp1256`, allowLocal);
    expect(decodeBody(page.contentType, page.body)).toContain("الجيش");
  });

  it("refuses loopback when it is not allowed", async () => {
    const error = await refusal(safeFetch(`${base}/ar`, { policy: { allow: [] } }));
    expect(error.failure).toBe("forbidden-address");
    expect(error.message).toMatch(/^refused to fetch 127\.0\.0\.1:\d+: not a public address$/);
  });

  it("refuses a name that resolves to a private address", async () => {
    const error = await refusal(safeFetch("http://localhost:9/", { policy: { allow: [] } }));
    expect(error.failure).toBe("forbidden-address");
    // Says no more than that: not where the name points inside the network.
    expect(error.message).toBe("refused to fetch localhost:9: localhost is not a public address");
  });

  it.each(["/to-metadata", "/to-private", "/to-v6-loopback"])("refuses a redirect to a private address (%s)", async (path) => {
    const error = await refusal(safeFetch(`${base}${path}`, allowLocal));
    expect(error.failure).toBe("forbidden-address");
  });

  it("stops redirect loops", async () => {
    expect((await refusal(safeFetch(`${base}/loop`, allowLocal))).failure).toBe("too-many-redirects");
  });

  it("gives up on a slow server", async () => {
    const error = await refusal(safeFetch(`${base}/slow`, { ...allowLocal, timeoutMs: 500 }));
    expect(error.failure).toBe("timeout");
    expect(error.retryable).toBe(true);
  });

  it("stops reading a huge response", async () => {
    expect((await refusal(safeFetch(`${base}/huge`, { ...allowLocal, maxBytes: 1024 * 1024 }))).failure).toBe("too-large");
  });

  it("refuses other content types, HTTP errors and non-http URLs", async () => {
    expect((await refusal(safeFetch(`${base}/pdf`, allowLocal))).failure).toBe("content-type");
    expect((await refusal(safeFetch(`${base}/gone`, allowLocal))).failure).toBe("http-status");
    expect((await refusal(safeFetch("file:///etc/passwd", allowLocal))).failure).toBe("bad-url");
  });

  it("makes conditional requests", async () => {
    const first = await safeFetch(`${base}/etag`, allowLocal);
    expect(first.etag).toBe('"v1"');
    const second = await safeFetch(`${base}/etag`, { ...allowLocal, etag: first.etag });
    expect(second.status).toBe(304);
  });
});
