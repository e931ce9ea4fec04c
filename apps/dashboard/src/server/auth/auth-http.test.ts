/**
 * Sign-in, sessions, API tokens, roles and CSRF at the HTTP edge, on the real Postgres and Redis:
 * the guard every /api/v1 route is wrapped in and the sign-in/sign-out form handlers.
 */
import { randomUUID } from "node:crypto";
import { createApiToken, createUser } from "@marsad/api";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerDeps, type ServerDeps } from "../deps";
import { createArticlesHandlers } from "../http/articles-handlers";
import { createAuthHandlers } from "../http/auth-handlers";
import { PEER_ADDRESS_HEADER, PEER_PROTO_HEADER } from "../http/request-source";
import { safeReturnPath } from "../http/return-path";
import { guarded } from "./guard";

let database: TestDatabase;
let deps: ServerDeps;
let tokens: Record<"viewer" | "editor", string>;

const BASE = "http://dashboard.test";

function depsFor(url: string, production: boolean, trustProxy = "") {
  return createServerDeps({
    TRUST_PROXY: trustProxy,
    DATABASE_URL: url,
    REDIS_URL: "redis://127.0.0.1:6379",
    QUEUE_PREFIX: `marsad-test-${randomUUID().slice(0, 8)}`,
    LOG_LEVEL: "silent",
    SUBMISSIONS_PER_MINUTE: 1000,
    NODE_ENV: production ? "production" : "development",
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  deps = depsFor(database.url, true);
  while (deps.redis.status !== "ready") await new Promise((r) => setTimeout(r, 20));
}, 60_000);

afterAll(async () => {
  await deps?.queue.obliterate({ force: true }).catch(() => {});
  await deps?.close();
  await database?.drop();
});

const submit = () => guarded(() => deps, "submit", createArticlesHandlers(() => deps).submit);
const list = () => guarded(() => deps, "read", createArticlesHandlers(() => deps).list);
const auth = createAuthHandlers(() => deps);

const post = (headers: Record<string, string> = {}) =>
  new Request(`${BASE}/api/v1/articles`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ text: `خبر عن زيارة ${randomUUID()}` }),
  });

function signInForm(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(`${BASE}/api/auth/sign-in`, {
    method: "POST",
    headers: { origin: BASE, [PEER_ADDRESS_HEADER]: "198.51.100.4", ...headers },
    body: new URLSearchParams(fields),
  });
}

describe("a production server with no users", () => {
  it("refuses the API with 503 and says how to make the first admin", async () => {
    const res = await list()(new Request(`${BASE}/api/v1/articles`));
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toMatch(
      /pnpm marsad users add NAME --role admin/,
    );
  });

  it("while a development server runs open", async () => {
    const dev = depsFor(database.url, false);
    try {
      const res = await guarded(
        () => dev,
        "read",
        createArticlesHandlers(() => dev).list,
      )(new Request(`${BASE}/api/v1/articles`));
      expect(res.status).toBe(200);
    } finally {
      await dev.close();
    }
  });
});

describe("with users", () => {
  beforeAll(async () => {
    const viewer = await createUser(deps.db, {
      username: "reader",
      password: "reader-password",
      role: "viewer",
    });
    const editor = await createUser(deps.db, {
      username: "writer",
      password: "writer-password",
      role: "editor",
    });
    tokens = {
      viewer: (await createApiToken(deps.db, viewer.id, "test")).token,
      editor: (await createApiToken(deps.db, editor.id, "test")).token,
    };
  });

  it("answers 401 with WWW-Authenticate without a token, and names a revoked or unknown one", async () => {
    const none = await list()(new Request(`${BASE}/api/v1/articles`));
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const wrong = await list()(
      new Request(`${BASE}/api/v1/articles`, { headers: { authorization: "Bearer marsad_not-a-token" } }),
    );
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: string }).error).toMatch(/unknown or revoked/);
  });

  it("lets a viewer read but not submit (403 naming the role), and an editor submit", async () => {
    expect(
      (
        await list()(
          new Request(`${BASE}/api/v1/articles`, { headers: { authorization: `Bearer ${tokens.viewer}` } }),
        )
      ).status,
    ).toBe(200);
    const refused = await submit()(post({ authorization: `Bearer ${tokens.viewer}` }));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /needs the editor role; you are viewer/,
    );
    expect((await submit()(post({ authorization: `Bearer ${tokens.editor}` }))).status).toBe(201);
  });

  it("refuses a write another site made the browser send, before anything runs", async () => {
    const res = await submit()(
      post({ authorization: `Bearer ${tokens.editor}`, origin: "https://evil.example" }),
    );
    expect(res.status).toBe(403);
    expect(
      (await submit()(post({ authorization: `Bearer ${tokens.editor}`, "sec-fetch-site": "cross-site" })))
        .status,
    ).toBe(403);
    expect((await submit()(post({ authorization: `Bearer ${tokens.editor}`, origin: BASE }))).status).toBe(
      201,
    );
  });

  it("signs in with a form: an HttpOnly, SameSite=Lax session cookie that authenticates, then sign-out ends it", async () => {
    const res = await auth.signIn(
      signInForm({ username: "Writer", password: "writer-password", next: "/people?q=x" }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/people?q=x");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^marsad_session=[\w-]{43}; Path=\/; Max-Age=604800; SameSite=Lax; HttpOnly$/);
    const session = cookie.split(";")[0]!;
    expect((await submit()(post({ cookie: session, origin: BASE }))).status).toBe(201);

    const out = await auth.signOut(
      new Request(`${BASE}/api/auth/sign-out`, {
        method: "POST",
        headers: { cookie: session, origin: BASE },
      }),
    );
    expect(out.headers.get("location")).toBe("/sign-in?signedOut=1");
    expect(out.headers.getSetCookie()).toContain(
      "marsad_session=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly",
    );
    expect((await submit()(post({ cookie: session }))).status).toBe(401);
  });

  it("over HTTPS the cookie is Secure with the __Host- prefix", async () => {
    const res = await auth.signIn(
      signInForm(
        { username: "reader", password: "reader-password" },
        { [PEER_PROTO_HEADER]: "https", origin: "https://dashboard.test" },
      ),
    );
    expect(res.headers.get("set-cookie")).toMatch(
      /^__Host-marsad_session=[\w-]+; Path=\/; .*HttpOnly; Secure$/,
    );
  });

  it("believes no X-Forwarded-Proto/-Host from a client that is not a trusted proxy", async () => {
    const res = await auth.signIn(
      signInForm(
        { username: "reader", password: "reader-password" },
        { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", origin: "https://evil.example" },
      ),
    );
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("location")).toMatch(/error=crossSite/);
    const write = await submit()(
      post({
        authorization: `Bearer ${tokens.editor}`,
        origin: "https://evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
        [PEER_ADDRESS_HEADER]: "203.0.113.9",
      }),
    );
    expect(write.status).toBe(403);
  });

  it("sends a wrong password back to the form, never to another site, and limits guessing", async () => {
    const wrong = await auth.signIn(
      signInForm(
        { username: "reader", password: "nope-nope", next: "//evil.example/x" },
        { [PEER_ADDRESS_HEADER]: "192.0.2.77" },
      ),
    );
    expect(wrong.headers.get("set-cookie")).toBeNull();
    const location = new URL(wrong.headers.get("location")!, BASE);
    expect(location.pathname).toBe("/sign-in");
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: "invalid",
      next: "/",
      username: "reader",
    });

    // A new X-Forwarded-For on every guess changes nothing: the connection's address is the key.
    for (let i = 0; i < 9; i++)
      await auth.signIn(
        signInForm(
          { username: "reader", password: `guess-${i}` },
          { [PEER_ADDRESS_HEADER]: "192.0.2.77", "x-forwarded-for": `10.9.${i}.1`, "x-real-ip": `10.8.${i}.1` },
        ),
      );
    const limited = new URL(
      (
        await auth.signIn(
          signInForm(
            { username: "reader", password: "reader-password" },
            { [PEER_ADDRESS_HEADER]: "192.0.2.77", "x-forwarded-for": "10.7.7.7" },
          ),
        )
      ).headers.get("location")!,
      BASE,
    );
    expect(limited.searchParams.get("error")).toBe("limited");
    expect(Number(limited.searchParams.get("retry"))).toBeGreaterThan(0);
    // Another address is not affected.
    const other = await auth.signIn(
      signInForm({ username: "reader", password: "reader-password" }, { [PEER_ADDRESS_HEADER]: "192.0.2.78" }),
    );
    expect(other.headers.get("set-cookie")).toMatch(/^marsad_session=/);
  });

  it("behind a trusted proxy (TRUST_PROXY=1) keys on the client address the proxy reports", async () => {
    const proxied = depsFor(database.url, true, "1");
    while (proxied.redis.status !== "ready") await new Promise((r) => setTimeout(r, 20));
    try {
      const behind = createAuthHandlers(() => proxied);
      const attempt = (client: string, password: string) =>
        behind.signIn(
          signInForm(
            { username: "writer", password },
            { [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": `203.0.113.200, ${client}` },
          ),
        );
      for (let i = 0; i < 10; i++) await attempt("198.51.100.50", `guess-${i}`);
      const limited = new URL((await attempt("198.51.100.50", "writer-password")).headers.get("location")!, BASE);
      expect(limited.searchParams.get("error")).toBe("limited");
      // The proxy's own address is shared by everyone behind it: another client there is not limited.
      expect((await attempt("198.51.100.51", "writer-password")).headers.get("set-cookie")).toMatch(
        /^marsad_session=/,
      );
    } finally {
      await proxied.close();
    }
  });

  it("refuses a sign-in form posted from another site", async () => {
    const res = await auth.signIn(
      signInForm({ username: "reader", password: "reader-password" }, { origin: "https://evil.example" }),
    );
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("location")).toMatch(/error=crossSite/);
  });
});

describe("safeReturnPath", () => {
  it("keeps paths on this site only", () => {
    expect(safeReturnPath("/events?type=visit")).toBe("/events?type=visit");
    expect(safeReturnPath("/people?q=محمد#top")).toBe("/people?q=%D9%85%D8%AD%D9%85%D8%AF#top");
    const elsewhere = [
      "//evil.example",
      "https://evil.example",
      "/\\evil.example",
      "/\t/evil.example/x",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\t//evil.example",
      "events",
      "",
      null,
      3,
    ];
    for (const bad of elsewhere) expect(safeReturnPath(bad), JSON.stringify(bad)).toBe("/");
  });

  it("never returns a character that breaks a Location header", () => {
    for (const value of ["/a\r\nSet-Cookie: x=1", "/a\u0000b", "/a\nb"])
      expect(safeReturnPath(value)).toMatch(/^\/[\x21-\x7e]*$/);
  });
});
