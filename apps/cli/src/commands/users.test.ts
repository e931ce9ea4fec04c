import { apiTokenPrincipal, signIn } from "@marsad/api/services";
import { createDb, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, formatUsers, makeToken, setPassword } from "./users";

let database: TestDatabase;
let handle: DbHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 2 });
}, 60_000);

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

describe("marsad users", () => {
  it("adds the first admin with a generated password that signs in", async () => {
    expect(await formatUsers(handle.db)).toMatch(/no users yet/);
    const { user, generatedPassword } = await addUser(handle.db, {
      username: "Chief",
      role: "admin",
      password: undefined,
    });
    expect(user).toMatchObject({ username: "chief", role: "admin" });
    await expect(
      signIn(handle.db, { username: "chief", password: generatedPassword! }),
    ).resolves.toBeDefined();
    expect(await formatUsers(handle.db)).toMatch(/^chief\s+admin\s+created /);
  });

  it("says what is wrong with a bad role, a short password or a taken name", async () => {
    await expect(addUser(handle.db, { username: "x1", role: "boss", password: undefined })).rejects.toThrow(
      /role must be viewer, editor or admin/,
    );
    await expect(addUser(handle.db, { username: "x1", role: "viewer", password: "short" })).rejects.toThrow(
      /at least 10 characters/,
    );
    await expect(
      addUser(handle.db, { username: "chief", role: "viewer", password: undefined }),
    ).rejects.toThrow(/"chief" is taken/);
  });

  it("resets a password and makes tokens that authenticate", async () => {
    expect(await setPassword(handle.db, "chief", "a-chosen-password")).toBeNull();
    await expect(
      signIn(handle.db, { username: "chief", password: "a-chosen-password" }),
    ).resolves.toBeDefined();
    const token = await makeToken(handle.db, "chief", "crawler");
    expect(await apiTokenPrincipal(handle.db, token)).toMatchObject({ username: "chief", role: "admin" });
    await expect(makeToken(handle.db, "ghost", "x")).rejects.toThrow(/no user "ghost"/);
  });
});
