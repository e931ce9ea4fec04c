/**
 * `pnpm start`'s Postgres step as root (CI and fresh cloud machines run as root) from a project
 * folder only root can enter, like a clone into /root: it stops with one sentence saying what to
 * do, before creating anything — not with initdb's `spawn … EACCES` stack trace.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { assertPostgresUserCanReach, firstFolderClosedToOthers, PostgresUserCannotReachProjectError } from "./postgres-user-access";

let home: string;
let project: string;

beforeAll(async () => {
  home = await mkdtemp(path.join(tmpdir(), "marsad-root-home-"));
  await chmod(home, 0o700);
  project = path.join(home, "marsad");
  await mkdir(project);
});

afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

describe("the embedded Postgres step", () => {
  it.runIf(userInfo().uid === 0)("as root in a 0700 home stops with one sentence and creates nothing", async () => {
    const logs: string[] = [];
    const error = await startEmbeddedPostgres(project, (_c, line) => logs.push(line)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostgresUserCannotReachProjectError);
    const message = (error as Error).message;
    expect(message).toContain(home);
    expect(message).toMatch(/DATABASE_URL/);
    expect(message.split("\n")).toHaveLength(1);
    expect(message).not.toMatch(/EACCES|spawn/);
    expect(existsSync(path.join(project, ".data"))).toBe(false);
  });

  it("names the first folder others cannot enter, and lets a regular user or a reachable folder through", () => {
    expect(firstFolderClosedToOthers(project)).toBe(home);
    expect(firstFolderClosedToOthers(tmpdir())).toBeNull();
    expect(() => assertPostgresUserCanReach(project, 0)).toThrow(PostgresUserCannotReachProjectError);
    expect(() => assertPostgresUserCanReach(project, 1000)).not.toThrow();
    expect(() => assertPostgresUserCanReach(tmpdir(), 0)).not.toThrow();
  });
});
