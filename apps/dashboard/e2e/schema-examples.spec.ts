import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { e2eEnv } from "./env";

const run = promisify(execFile);
const schemaDir = join(import.meta.dirname, "..", "..", "..", "packages", "schema");

/**
 * The two programs in examples/ run against the system the global setup started, installed from
 * the packed @marsad/schema tarball in a project outside the workspace: what a developer who
 * depends on the published package would do.
 */
test("the examples/ programs work with the published package against a running Marsad", async () => {
  test.setTimeout(240_000);
  const { baseUrl, databaseUrl, apiToken } = e2eEnv();
  const packed = await run("pnpm", ["exec", "tsx", "scripts/pack-consumer.ts"], { cwd: schemaDir });
  const consumer = packed.stdout.trim().split("\n").pop()!;

  const submitted = await run("pnpm", ["exec", "tsx", "submit-and-wait.ts"], {
    cwd: consumer,
    env: { ...process.env, MARSAD_API_URL: baseUrl, MARSAD_API_TOKEN: apiToken, MARSAD_WAIT_MS: "90000" },
  });
  expect(submitted.stdout).toMatch(/queued: [0-9a-f-]{36}/);
  expect(submitted.stdout).toMatch(/ done\n/);
  expect(submitted.stdout).toContain("منصور العاقل");

  const read = await run("pnpm", ["exec", "tsx", "read-people-and-events.ts"], {
    cwd: consumer,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  expect(read.stdout).toMatch(/people \([1-9]\d*\):/);
  expect(read.stdout).toContain("منصور العاقل");
  expect(read.stdout).toMatch(/events \([1-9]\d*\):/);
});
