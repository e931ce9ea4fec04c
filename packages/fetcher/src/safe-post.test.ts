import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "./errors";
import { safePost } from "./safe-post";
import { startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
const bodies: string[] = [];

beforeAll(async () => {
  server = await startTestServer({
    "/hook": (req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        bodies.push(`${req.method} ${String(req.headers["x-test"])} ${body}`);
        res.writeHead(202).end();
      });
    },
  });
});

afterAll(() => new Promise<void>((resolve) => server.server.close(() => resolve())));

describe("safePost (webhooks)", () => {
  it("refuses a private address unless the policy allows it", async () => {
    const refused = await safePost(`${server.url}/hook`, "{}", { policy: { allow: [] }, headers: {} }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FetchError);
    expect((refused as FetchError).failure).toBe("forbidden-address");
    const byName = await safePost(server.url.replace("127.0.0.1", "localhost") + "/hook", "{}", { policy: { allow: [] }, headers: {} }).catch((e: unknown) => e);
    expect((byName as FetchError).failure).toBe("forbidden-address");
    expect(bodies).toEqual([]);
  });

  it("posts the body with its headers and answers the status", async () => {
    const status = await safePost(`${server.url}/hook`, '{"a":1}', { policy: { allow: ["127.0.0.1"] }, headers: { "x-test": "yes" } });
    expect(status).toBe(202);
    expect(bodies).toEqual(['POST yes {"a":1}']);
  });
});
