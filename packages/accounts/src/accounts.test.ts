import { createDb, findUserByUsername, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountError, changeOwnPassword, changeUser, createApiToken, createUser, firstAdminFromEnv } from "./accounts";
import { apiTokenPrincipal, InvalidCredentialsError, sessionPrincipal, signIn, signOut } from "./sessions";

let database: TestDatabase;
let handle: DbHandle;

beforeAll(async () => {
  database = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(database.url, { max: 2 });
}, 60_000);

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

describe("accounts against Postgres", () => {
  it("first start makes one admin from the environment, and nothing once users exist", async () => {
    const line = await firstAdminFromEnv(handle.db, { MARSAD_ADMIN_USERNAME: "Chief" });
    const password = /with the password (\S+) —/.exec(line ?? "")?.[1];
    expect(password).toBeDefined();
    const session = await signIn(handle.db, { username: "chief", password: password! });
    expect(session.principal).toMatchObject({ username: "chief", role: "admin" });
    expect(await sessionPrincipal(handle.db, session.token)).toMatchObject({ username: "chief" });

    expect(await firstAdminFromEnv(handle.db, { MARSAD_ADMIN_USERNAME: "second", MARSAD_ADMIN_PASSWORD: "0123456789ab" })).toBeNull();
    await expect(signIn(handle.db, { username: "second", password: "0123456789ab" })).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );

    await signOut(handle.db, session.token);
    expect(await sessionPrincipal(handle.db, session.token)).toBeUndefined();
  });

  it("refuses a taken name, the last admin's demotion and a wrong current password with their reasons", async () => {
    const editor = await createUser(handle.db, { username: "writer", password: "first password", role: "editor" });
    await expect(createUser(handle.db, { username: "writer", password: "other password", role: "viewer" })).rejects.toMatchObject({
      reason: "usernameTaken",
    });
    const admin = await findUserByUsername(handle.db, "chief");
    await expect(changeUser(handle.db, { id: admin!.id, role: "viewer" })).rejects.toMatchObject({ reason: "lastAdmin" });

    await expect(changeOwnPassword(handle.db, editor.id, "not it at all", "new password 1")).rejects.toBeInstanceOf(AccountError);
    await changeOwnPassword(handle.db, editor.id, "first password", "second password");
    await expect(signIn(handle.db, { username: "writer", password: "first password" })).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    await expect(signIn(handle.db, { username: "writer", password: "second password" })).resolves.toBeDefined();
  });

  it("an API token names its owner until the owner is disabled", async () => {
    const viewer = await createUser(handle.db, { username: "reader", password: "reader password", role: "viewer" });
    const { token, summary } = await createApiToken(handle.db, viewer.id, "script");
    expect(token.startsWith(summary.prefix)).toBe(true);
    expect(await apiTokenPrincipal(handle.db, token)).toMatchObject({ username: "reader", role: "viewer" });
    await changeUser(handle.db, { id: viewer.id, disabled: true });
    expect(await apiTokenPrincipal(handle.db, token)).toBeUndefined();
  });
});
