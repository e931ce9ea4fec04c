import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@marsad/db/free-port";
import { createTestDatabase } from "@marsad/db/test-database";
import { Redis } from "ioredis";
import { ADMIN, ARTIFACTS_DIR, childEnv, e2eEnv, setApiToken, setBaseUrl, setDatabaseUrl, STORAGE_STATE } from "./env";

const dashboardDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const workerDir = join(dashboardDir, "..", "worker");
const cliDir = join(dashboardDir, "..", "cli");
const artifactsDir = ARTIFACTS_DIR;

/** Starts a child process whose output goes to e2e-artifacts/<name>.log. */
function start(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  const log = createWriteStream(join(artifactsDir, `${name}.log`));
  const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  child: ChildProcess,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${what}: the process exited with code ${child.exitCode} (see e2e-artifacts/)`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not ready after ${timeoutMs} ms (see e2e-artifacts/)`);
}

/** Runs `marsad users …` (the CLI an operator would use) against the test database; resolves to its stdout. */
function marsadUsers(databaseUrl: string, args: string[], stdin = ""): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(cliDir, "src", "main.ts"), "users", ...args], {
      cwd: cliDir,
      env: childEnv({ DATABASE_URL: databaseUrl }),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`marsad users ${args[0]} exited ${code}: ${err}`))));
    child.stdin.end(stdin);
  });
}

/**
 * The tests act as an admin: one is created with the CLI, signs in through the real form, and
 * its session cookie becomes every browser context's starting state; an API token of theirs is
 * what the examples/ programs send.
 */
async function signInAdmin(databaseUrl: string, baseUrl: string): Promise<void> {
  await marsadUsers(databaseUrl, ["add", ADMIN.username, "--role", "admin"], `${ADMIN.password}\n`);
  setApiToken((await marsadUsers(databaseUrl, ["token", ADMIN.username, "--name", "e2e examples"])).trim());
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: baseUrl },
    body: new URLSearchParams({ username: ADMIN.username, password: ADMIN.password, next: "/" }),
  });
  const cookie = /^(marsad_session)=([^;]+)/.exec(response.headers.get("set-cookie") ?? "");
  if (response.status !== 303 || !cookie) throw new Error(`signing the test admin in answered ${response.status} without a session cookie`);
  const state = {
    cookies: [{ name: cookie[1]!, value: cookie[2]!, domain: new URL(baseUrl).hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }],
    origins: [],
  };
  await writeFile(STORAGE_STATE, JSON.stringify(state));
}

async function stop(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the whole system for the browser test: a throwaway database, the worker (in its own
 * process, as in production) and the dashboard's server.mjs on a free port, all sharing one unique queue
 * prefix. Returns the teardown, which stops both and drops the database.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const env = e2eEnv();
  if (!existsSync(join(dashboardDir, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
    throw new Error(
      "the dashboard is not built: run `pnpm --filter @marsad/dashboard test:e2e` (it runs `next build` first)",
    );
  }
  mkdirSync(artifactsDir, { recursive: true });

  const database = await createTestDatabase(env.postgresAdminUrl);
  const queuePrefix = `marsad-e2e-${randomBytes(4).toString("hex")}`;
  const shared = {
    DATABASE_URL: database.url,
    REDIS_URL: env.redisUrl,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: "info",
  };
  const children: ChildProcess[] = [];

  const teardown = async () => {
    await Promise.all(children.map((c) => stop(c)));
    // Every key under the run's prefix, whatever queues the worker created (not only articles).
    const redis = new Redis(env.redisUrl, { maxRetriesPerRequest: 1 });
    try {
      let cursor = "0";
      do {
        const [next, keys] = await redis.scan(cursor, "MATCH", `${queuePrefix}:*`, "COUNT", 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== "0");
    } finally {
      redis.disconnect();
    }
    await database.drop();
  };

  try {
    const worker = start(
      "worker",
      ["--import", "tsx", "src/index.ts"],
      workerDir,
      // The browser tests serve feeds and pages from 127.0.0.1, which fetches refuse unless allowed.
      childEnv({ ...shared, WORKER_HEALTH_PORT: "0", WORKER_CONCURRENCY: "2", FETCH_ALLOW: "127.0.0.1" }),
    );
    children.push(worker);

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // server.mjs, as in production: it tells the app the connection's own address.
    const dashboard = start(
      "dashboard",
      [join(dashboardDir, "server.mjs")],
      dashboardDir,
      childEnv({ ...shared, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1" }),
    );
    children.push(dashboard);

    await waitUntil("dashboard", async () => (await fetch(`${baseUrl}/api/health`)).ok, dashboard, 60_000);
    // The worker has no fixed port here; it is ready once it logged that it started.
    await waitUntil(
      "worker",
      async () => (await readFile(join(artifactsDir, "worker.log"), "utf8")).includes('"worker started"'),
      worker,
      60_000,
    );
    await signInAdmin(database.url, baseUrl);
    setBaseUrl(baseUrl);
    setDatabaseUrl(database.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
