import { describe, expect, it } from "vitest";
import { isJsonContentType, readBodyLimited, readJsonBody } from "./body";
import { HttpError } from "./errors";

const URL_ = "http://test.local/api/v1/articles";

/** A request whose body arrives as a stream of chunks, with no Content-Length. */
function streamingRequest(
  chunks: Uint8Array[],
  headers: Record<string, string> = {},
): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
  const init = { method: "POST", body, headers, duplex: "half" } as RequestInit;
  return { request: new Request(URL_, init), pulled: () => pulled };
}

async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error("expected an HttpError");
}

describe("isJsonContentType", () => {
  it("accepts JSON media types with parameters", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("Application/JSON; charset=utf-8")).toBe(true);
    expect(isJsonContentType("application/merge-patch+json")).toBe(true);
  });
  it("rejects anything else", () => {
    expect(isJsonContentType(null)).toBe(false);
    expect(isJsonContentType("text/plain")).toBe(false);
    expect(isJsonContentType("multipart/form-data; boundary=x")).toBe(false);
    expect(isJsonContentType("application/jsonp")).toBe(false);
  });
});

describe("readBodyLimited", () => {
  it("returns the whole body under the limit", async () => {
    const request = new Request(URL_, { method: "POST", body: "hello" });
    expect(new TextDecoder().decode(await readBodyLimited(request, 5))).toBe("hello");
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const { request, pulled } = streamingRequest([new Uint8Array(10)], { "content-length": "1000" });
    const error = await rejection(readBodyLimited(request, 100));
    expect(error.status).toBe(413);
    // A stream pulls its first chunk eagerly on creation; nothing beyond that is read.
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading a stream at the first chunk past the limit", async () => {
    const chunks = Array.from({ length: 50 }, () => new Uint8Array(40));
    const { request, pulled } = streamingRequest(chunks);
    const error = await rejection(readBodyLimited(request, 100));
    expect(error.status).toBe(413);
    expect(error.extra).toEqual({ limit: 100 });
    // 3 chunks reach 120 bytes: the 4th is never asked for (the stream may prefetch one).
    expect(pulled()).toBeLessThanOrEqual(5);
  });

  it("does not trust a Content-Length that understates the body", async () => {
    const { request } = streamingRequest([new Uint8Array(80), new Uint8Array(80)], {
      "content-length": "10",
    });
    expect((await rejection(readBodyLimited(request, 100))).status).toBe(413);
  });
});

describe("readJsonBody", () => {
  const post = (body: string, contentType = "application/json") =>
    new Request(URL_, { method: "POST", body, headers: { "content-type": contentType } });

  it("parses JSON", async () => {
    expect(await readJsonBody(post('{"text":"نص"}'), 1000)).toEqual({ text: "نص" });
  });
  it("415 for another content type", async () => {
    expect(
      (await rejection(readJsonBody(post("text=x", "application/x-www-form-urlencoded"), 1000))).status,
    ).toBe(415);
  });
  it("400 for malformed or empty JSON", async () => {
    const bad = await rejection(readJsonBody(post('{"text": '), 1000));
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/not valid JSON/);
    expect((await rejection(readJsonBody(post("  "), 1000))).status).toBe(400);
  });
  it("400 for bytes that are not UTF-8", async () => {
    const request = new Request(URL_, {
      method: "POST",
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      headers: { "content-type": "application/json" },
    });
    expect((await rejection(readJsonBody(request, 1000))).message).toMatch(/UTF-8/);
  });
  it("413 over the limit", async () => {
    expect((await rejection(readJsonBody(post(JSON.stringify({ text: "x".repeat(200) })), 100))).status).toBe(
      413,
    );
  });
});
