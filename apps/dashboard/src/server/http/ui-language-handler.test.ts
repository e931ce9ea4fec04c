import { describe, expect, it } from "vitest";
import { parseTrustProxy, requestSource } from "./request-source";
import { createUiLanguageHandler } from "./ui-language-handler";

const handler = createUiLanguageHandler((request) => requestSource(request, parseTrustProxy("")));

const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  handler(
    new Request("http://dashboard.test/api/ui-language", {
      method: "POST",
      headers: { origin: "http://dashboard.test", ...headers },
      body: new URLSearchParams(fields),
    }),
  );

describe("POST /api/ui-language", () => {
  it("stores the choice and goes back to the page it came from", async () => {
    const res = await post({ ui: "en", back: "/events?type=visit" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/events?type=visit");
    expect(res.headers.get("set-cookie")).toMatch(/^marsad-ui=en;/);
  });

  it("never sends the reader to another host, and CR/LF in `back` is no 500", async () => {
    for (const back of ["/\t/evil.example/x", "//evil.example", "/\\evil.example", "https://evil.example/"]) {
      const res = await post({ ui: "ar", back });
      expect(res.headers.get("location"), JSON.stringify(back)).toBe("/");
    }
    const crlf = await post({ ui: "ar", back: "/a\r\nSet-Cookie: stolen=1" });
    expect(crlf.status).toBe(303);
    expect(crlf.headers.get("location")).toBe("/aSet-Cookie:%20stolen=1");
  });

  it("refuses a form another site posted (403) and sets no cookie", async () => {
    const crossSite: Array<Record<string, string>> = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }];
    for (const headers of crossSite) {
      const res = await post({ ui: "en", back: "/" }, headers);
      expect(res.status).toBe(403);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });
});
