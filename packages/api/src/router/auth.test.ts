import { findUserByUsername } from "@marsad/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root";
import {
  apiTokenPrincipal,
  changeUser,
  createUser,
  ensureFirstAdmin,
  InvalidCredentialsError,
  sessionPrincipal,
  signIn,
  signOut,
  type Access,
} from "../services";
import { startServiceHarness, type ServiceHarness } from "../testing/service-harness";
import { createCallerFactory } from "../trpc";

let h: ServiceHarness;
const callerAs = (access: Access) =>
  createCallerFactory(appRouter)({ db: h.db, queue: h.queue, feedsQueue: h.feedsQueue, access });
const as = async (username: string): Promise<Access> => {
  const { principal } = await signIn(h.db, { username, password: `${username}-password-1` });
  return { kind: "user", principal, via: "session" };
};

async function refusedWith(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

beforeAll(async () => {
  h = await startServiceHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe("first admin", () => {
  it("is created once, with a generated password shown to the caller, and never again", async () => {
    const first = await ensureFirstAdmin(h.db, { username: "Root" });
    expect(first).toMatchObject({ created: true, username: "root" });
    const password = first.created ? first.generatedPassword : null;
    expect(password).toMatch(/^[\w-]{20}$/);
    await expect(signIn(h.db, { username: "root", password: password! })).resolves.toMatchObject({
      principal: { role: "admin" },
    });
    expect(await ensureFirstAdmin(h.db, { username: "other", password: "a-long-password" })).toEqual({
      created: false,
    });
    expect(await findUserByUsername(h.db, "other")).toBeUndefined();
  });
});

describe("sign-in and sessions", () => {
  beforeAll(async () => {
    for (const role of ["viewer", "editor", "admin"] as const) {
      await createUser(h.db, { username: role, password: `${role}-password-1`, role });
    }
  });

  it("stores a hash, never the password", async () => {
    const user = await findUserByUsername(h.db, "viewer");
    expect(user?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(user?.passwordHash).not.toContain("viewer-password-1");
  });

  it("refuses a wrong password and an unknown user alike", async () => {
    await expect(signIn(h.db, { username: "viewer", password: "nope-nope-nope" })).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    await expect(signIn(h.db, { username: "nobody", password: "viewer-password-1" })).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
  });

  it("a session token finds its user until sign-out", async () => {
    const { token } = await signIn(h.db, { username: "editor", password: "editor-password-1" });
    expect(await sessionPrincipal(h.db, token)).toMatchObject({ username: "editor", role: "editor" });
    expect(await sessionPrincipal(h.db, `${token}x`)).toBeUndefined();
    await signOut(h.db, token);
    expect(await sessionPrincipal(h.db, token)).toBeUndefined();
  });

  it("disabling a user ends their sessions and tokens and blocks sign-in", async () => {
    const temp = await createUser(h.db, { username: "temp", password: "temp-password-1", role: "editor" });
    const { token } = await signIn(h.db, { username: "temp", password: "temp-password-1" });
    const tempAccess: Access = {
      kind: "user",
      principal: { userId: temp.id, username: "temp", role: "editor" },
      via: "session",
    };
    const apiToken = await callerAs(tempAccess).account.createToken({ name: "crawler" });
    expect(await apiTokenPrincipal(h.db, apiToken.token)).toMatchObject({ username: "temp" });

    await changeUser(h.db, { id: temp.id, disabled: true });
    expect(await sessionPrincipal(h.db, token)).toBeUndefined();
    expect(await apiTokenPrincipal(h.db, apiToken.token)).toBeUndefined();
    await expect(signIn(h.db, { username: "temp", password: "temp-password-1" })).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
  });

  it("never leaves Marsad without an enabled admin", async () => {
    const admins = (await callerAs(await as("admin")).users.list()).filter((u) => u.role === "admin");
    // root and admin: one may go, the last may not.
    await changeUser(h.db, { id: admins[0]!.id, role: "viewer" });
    await expect(changeUser(h.db, { id: admins[1]!.id, disabled: true })).rejects.toThrow(
      /last enabled admin/,
    );
    await changeUser(h.db, { id: admins[0]!.id, role: "admin" });
  });
});

describe("roles on the tRPC procedures", () => {
  it("nobody signed in reads nothing; a server without users says how to make one", async () => {
    expect(
      await refusedWith(callerAs({ kind: "anonymous", reason: "signInRequired" }).overview.stats()),
    ).toBe("UNAUTHORIZED");
    const noUsers = callerAs({ kind: "anonymous", reason: "noUsers" }).articles.counts();
    await expect(noUsers).rejects.toThrow(/pnpm marsad users add/);
  });

  it("a viewer reads but does not submit, correct or manage", async () => {
    const viewer = callerAs(await as("viewer"));
    await expect(viewer.articles.counts()).resolves.toBeDefined();
    expect(await refusedWith(viewer.articles.submit({ text: "نص تجريبي عن زيارة" }))).toBe("FORBIDDEN");
    expect(await refusedWith(viewer.feeds.register({ url: "http://127.0.0.1:9/feed" }))).toBe("FORBIDDEN");
    await expect(viewer.users.list()).rejects.toThrow(/needs the admin role; you are viewer/);
  });

  it("an editor submits but does not manage feeds, the queue or users", async () => {
    const editor = callerAs(await as("editor"));
    await expect(
      editor.articles.submit({ text: "زار وزير الدفاع القاهرة اليوم في زيارة رسمية." }),
    ).resolves.toMatchObject({ status: "queued" });
    expect(await refusedWith(editor.feeds.register({ url: "http://127.0.0.1:9/feed" }))).toBe("FORBIDDEN");
    expect(await refusedWith(editor.queue.retry({ id: "1" }))).toBe("FORBIDDEN");
    expect(await refusedWith(editor.users.create({ username: "x1", password: "long-enough-pw" }))).toBe(
      "FORBIDDEN",
    );
  });

  it("an admin manages users; usernames are unique whatever their case", async () => {
    const admin = callerAs(await as("admin"));
    await expect(
      admin.users.create({ username: "Analyst.One", password: "analyst-password", role: "editor" }),
    ).resolves.toMatchObject({
      username: "analyst.one",
    });
    expect(
      await refusedWith(admin.users.create({ username: "ANALYST.ONE", password: "analyst-password" })),
    ).toBe("CONFLICT");
    expect(await refusedWith(admin.users.create({ username: "short", password: "short" }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("tokens are listed without their secret and can be revoked", async () => {
    const access = await as("editor");
    const me = callerAs(access);
    const made = await me.account.createToken({ name: "notebook" });
    expect(made.token).toMatch(/^marsad_/);
    const listed = await me.account.tokens();
    expect(JSON.stringify(listed)).not.toContain(made.token);
    expect(listed[0]).toMatchObject({ name: "notebook", prefix: made.token.slice(0, 14), revokedAt: null });
    await me.account.revokeToken({ id: made.summary.id });
    expect(await apiTokenPrincipal(h.db, made.token)).toBeUndefined();
    expect(await refusedWith(me.account.revokeToken({ id: made.summary.id }))).toBe("NOT_FOUND");
  });

  it("changing one's password needs the current one and ends old sessions", async () => {
    const { token, principal } = await signIn(h.db, { username: "viewer", password: "viewer-password-1" });
    const me = callerAs({ kind: "user", principal, via: "session" });
    expect(
      await refusedWith(
        me.account.changePassword({ currentPassword: "wrong-password", newPassword: "new-viewer-pass" }),
      ),
    ).toBe("BAD_REQUEST");
    await me.account.changePassword({ currentPassword: "viewer-password-1", newPassword: "new-viewer-pass" });
    expect(await sessionPrincipal(h.db, token)).toBeUndefined();
    await expect(signIn(h.db, { username: "viewer", password: "new-viewer-pass" })).resolves.toBeDefined();
  });
});

describe("API tokens and account management", () => {
  it("a token reads and submits, but cannot list, mint or revoke tokens, change the password or manage users", async () => {
    const admin = await as("admin");
    const made = await callerAs(admin).account.createToken({ name: "leaked" });
    const principal = await apiTokenPrincipal(h.db, made.token);
    const byToken = callerAs({ kind: "user", principal: principal!, via: "token" });
    await expect(byToken.overview.stats()).resolves.toBeDefined();
    const refusals = [
      byToken.account.tokens(),
      byToken.account.createToken({ name: "successor" }),
      byToken.account.revokeToken({ id: made.summary.id }),
      byToken.account.changePassword({ currentPassword: "admin-password-1", newPassword: "taken-over-pass" }),
      byToken.users.list(),
      byToken.users.create({ username: "intruder", password: "intruder-pass-1", role: "admin" }),
    ];
    for (const attempt of refusals) {
      const error = await attempt.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/signed-in session/) as unknown });
    }
    // Nothing happened: the token is live, no other was made, the password and users are unchanged.
    expect(await apiTokenPrincipal(h.db, made.token)).toBeDefined();
    expect((await callerAs(admin).account.tokens()).filter((t) => t.name === "successor")).toEqual([]);
    expect(await findUserByUsername(h.db, "intruder")).toBeUndefined();
    await expect(signIn(h.db, { username: "admin", password: "admin-password-1" })).resolves.toBeDefined();
  });

  it("password changes are limited per user: past the allowance even the right password waits", async () => {
    const { principal } = await signIn(h.db, { username: "editor", password: "editor-password-1" });
    const used = new Map<string, number>();
    const limitPasswordAttempts = (key: string) => {
      used.set(key, (used.get(key) ?? 0) + 1);
      return Promise.resolve(used.get(key)! > 3 ? 60 : 0);
    };
    const me = createCallerFactory(appRouter)({
      db: h.db,
      queue: h.queue,
      feedsQueue: h.feedsQueue,
      access: { kind: "user", principal, via: "session" },
      limitPasswordAttempts,
    });
    for (let i = 0; i < 3; i++)
      expect(
        await refusedWith(me.account.changePassword({ currentPassword: `guess-${i}`, newPassword: "editor-new-pass" })),
      ).toBe("BAD_REQUEST");
    const limited = await me.account
      .changePassword({ currentPassword: "editor-password-1", newPassword: "editor-new-pass" })
      .catch((e: unknown) => e);
    expect(limited).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "too many password attempts: retry after 60 s" });
    expect(used.get(principal.userId)).toBe(4);
    await expect(signIn(h.db, { username: "editor", password: "editor-password-1" })).resolves.toBeDefined();
  });
});
