import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { Redis } from "ioredis";
import type { Log } from "./log";

export class RedisUnavailableError extends Error {
  constructor() {
    super(
      [
        "Marsad needs Redis and found none:",
        "  - REDIS_URL is not set,",
        "  - nothing answers on 127.0.0.1:6379,",
        "  - and there is no `redis-server` on PATH to start one.",
        "Install Redis and run this command again, for example:",
        "  Debian/Ubuntu:  sudo apt-get install -y redis-server",
        "  macOS:          brew install redis",
        "or point REDIS_URL at a running Redis (REDIS_URL=redis://host:6379 pnpm start),",
        "or run everything in containers: docker compose -f docker/compose.yml up",
      ].join("\n"),
    );
    this.name = "RedisUnavailableError";
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500, retryStrategy: () => null });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export interface LocalRedis {
  url: string;
  stop: () => Promise<void>;
}

/** REDIS_URL, else a Redis on 127.0.0.1:6379, else a `redis-server` we start, else a clear error. */
export async function resolveRedis(rootDir: string, log: Log): Promise<LocalRedis> {
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv) return { url: fromEnv, stop: async () => {} };
  const local = "redis://127.0.0.1:6379";
  if (await answers(local)) {
    log("redis", "using the Redis on 127.0.0.1:6379");
    return { url: local, stop: async () => {} };
  }
  if (spawnSync("redis-server", ["--version"]).status !== 0) throw new RedisUnavailableError();
  const port = 63790;
  const dir = path.join(rootDir, ".data", "redis");
  mkdirSync(dir, { recursive: true });
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await answers(url)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await answers(url))) throw new Error(`started redis-server on port ${port} but it does not answer`);
  log("redis", `started redis-server on 127.0.0.1:${port}`);
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
