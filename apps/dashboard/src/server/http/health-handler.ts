import type { Db } from "@marsad/db";
import { sql } from "drizzle-orm";
import type { Redis } from "ioredis";
import { jsonResponse } from "./errors";

export interface HealthDeps {
  db: Db;
  redis: Redis;
}

type Check = "ok" | "down";

/** Resolves to "down" when the probe fails or takes longer than `ms`. */
async function probe(run: () => Promise<unknown>, ms: number): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Check>((resolve) => {
    timer = setTimeout(() => resolve("down"), ms);
  });
  try {
    return await Promise.race([
      run().then(
        (): Check => "ok",
        (): Check => "down",
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** GET /api/health: 200 `{status: "ok", database, redis}` when both answer, else 503. */
export function createHealthHandler(getDeps: () => HealthDeps, options: { timeoutMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? 3000;
  return async (): Promise<Response> => {
    let deps: HealthDeps;
    try {
      deps = getDeps();
    } catch {
      return jsonResponse(503, {
        status: "down",
        database: "down",
        redis: "down",
        error: "the dashboard is not configured",
      });
    }
    const [database, redis] = await Promise.all([
      probe(() => deps.db.execute(sql`select 1`), timeoutMs),
      probe(() => deps.redis.ping(), timeoutMs),
    ]);
    const ok = database === "ok" && redis === "ok";
    return jsonResponse(ok ? 200 : 503, { status: ok ? "ok" : "degraded", database, redis });
  };
}
