/**
 * `pnpm start`: brings the whole system up on this machine — Postgres (yours via DATABASE_URL, or
 * an embedded one under .data/), Redis, migrations, the worker and the dashboard on
 * http://localhost:3000 — with both apps' logs in this terminal. Ctrl-C stops everything cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { firstAdminFromEnv } from "@marsad/accounts";
import { createDb } from "@marsad/db";
import { migrate } from "@marsad/db/migrate";
import { startEmbeddedPostgres } from "./start/embedded-postgres";
import { log } from "./start/log";
import { PostgresUserCannotReachProjectError } from "./start/postgres-user-access";
import { RedisUnavailableError, resolveRedis } from "./start/redis";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT ?? "3000";

function run(component: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = rootDir): ChildProcess {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (d: Buffer) => log(component, d.toString()));
  child.stderr?.on("data", (d: Buffer) => log(component, d.toString()));
  return child;
}

/** Resolves once the process has exited and its output has been read to the end ("close", not "exit"). */
function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null && child.stdout?.readableEnded !== false) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("close", (code) => resolve(code ?? 0)));
}

/**
 * A fresh install has no users and the dashboard runs in production mode, where that means no
 * access: make the first admin now and say how to sign in (the password is also kept in
 * .data/initial-admin-password, readable by this user only, until it is deleted).
 */
async function createFirstAdmin(databaseUrl: string): Promise<void> {
  const { db, close } = createDb(databaseUrl, { max: 1 });
  try {
    const created = await firstAdminFromEnv(db, process.env);
    if (!created) return;
    log("start", created);
    if (!process.env.MARSAD_ADMIN_PASSWORD) {
      const file = path.join(rootDir, ".data", "initial-admin-password");
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${created}\n`, { mode: 0o600 });
      log("start", `(also written to ${path.relative(rootDir, file)}; delete it once you have signed in)`);
    }
  } finally {
    await close();
  }
}

async function main(): Promise<void> {
  const stops: Array<() => Promise<void>> = [];
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres(rootDir, log);
    databaseUrl = pg.url;
    stops.push(pg.stop);
  } else {
    log("postgres", "using DATABASE_URL");
  }
  const redis = await resolveRedis(rootDir, log);
  stops.push(redis.stop);

  log("start", "applying migrations");
  await migrate(databaseUrl);
  await createFirstAdmin(databaseUrl);

  // Lets `pnpm marsad import` find this Postgres and Redis without any configuration.
  const runtimeFile = path.join(rootDir, ".data", "runtime.json");
  mkdirSync(path.dirname(runtimeFile), { recursive: true });
  // The queue prefix too: the worker below uses QUEUE_PREFIX (default marsad), and so must an import.
  writeFileSync(runtimeFile, JSON.stringify({ databaseUrl, redisUrl: redis.url, queuePrefix: process.env.QUEUE_PREFIX || "marsad" }));
  stops.push(() => Promise.resolve(rmSync(runtimeFile, { force: true })));

  const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redis.url, NODE_ENV: "production" };
  log("start", "building the dashboard (cached after the first start)");
  const build = run("dashboard", "pnpm", ["exec", "turbo", "run", "build", "--filter=@marsad/dashboard", "--output-logs=errors-only"], env);
  if ((await exited(build)) !== 0) throw new Error("the dashboard build failed (see the log above)");

  // Started as plain node processes (no pnpm wrapper in between), so a signal reaches each app itself
  // and the worker's graceful shutdown runs.
  const children = [
    run("worker", process.execPath, ["--import", "tsx", "apps/worker/src/index.ts"], env),
    // server.mjs is `next start` that also tells the app the connection's own address (rate limits).
    // HOSTNAME emptied: some shells and containers export the machine's name, which would bind
    // the dashboard to that one address instead of every interface as before.
    run("dashboard", process.execPath, ["server.mjs"], { ...env, PORT: port, HOSTNAME: "" }, path.join(rootDir, "apps/dashboard")),
  ];
  log("start", `Marsad is starting: dashboard on http://localhost:${port} — Ctrl-C stops everything`);

  let stopping = false;
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log("start", `${reason}: stopping the worker (in-flight jobs finish) and the dashboard`);
    for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
    await Promise.all(children.map(exited));
    for (const stop of stops.reverse()) await stop().catch(() => {});
    log("start", "stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("Ctrl-C"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  for (const c of children) {
    void exited(c).then((code) => {
      if (!stopping) void shutdown(`a process exited with code ${code}`);
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof RedisUnavailableError || error instanceof PostgresUserCannotReachProjectError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`marsad start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
