import { createServer, type Server } from "node:http";
import { pingDatabase, type Db } from "@marsad/db";
import type { Redis } from "ioredis";
import type { Registry } from "prom-client";

export interface HealthDeps {
  db: Db;
  redis: Redis;
  isRunning: () => boolean;
  metrics: Registry;
}

/** "ok", or why the dependency did not answer. */
async function probe(fn: () => Promise<unknown>): Promise<string> {
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out after 2 s")), 2000).unref()),
    ]);
    return "ok";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * `/health` (and `/health/ready`): 200 when the worker is running and reaches Postgres and Redis,
 * else 503, with the reason for each dependency in the JSON body. `/health/live`: the process
 * answers. `/metrics`: Prometheus text format.
 */
export function startHealthServer(port: number, deps: HealthDeps): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === "/metrics") {
      deps.metrics.metrics().then(
        (body) => res.writeHead(200, { "content-type": deps.metrics.contentType }).end(body),
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
      return;
    }
    if (req.url !== "/health" && req.url !== "/health/ready" && req.url !== "/health/live") {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
      return;
    }
    if (req.url === "/health/live") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok" }));
      return;
    }
    void Promise.all([probe(() => pingDatabase(deps.db)), probe(() => deps.redis.ping())]).then(
      ([database, redis]) => {
        const worker = deps.isRunning() ? "ok" : "stopped";
        const ok = database === "ok" && redis === "ok" && worker === "ok";
        res
          .writeHead(ok ? 200 : 503, { "content-type": "application/json" })
          .end(JSON.stringify({ status: ok ? "ok" : "unavailable", worker, database, redis }));
      },
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "0.0.0.0", () => resolve(server));
  });
}
