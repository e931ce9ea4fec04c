import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Written by `pnpm start` so commands find the embedded Postgres and Redis it started. */
export const RUNTIME_FILE = ".data/runtime.json";

// `queuePrefix` is optional: a runtime file written by an older `pnpm start` has none.
const runtimeSchema = z.object({ databaseUrl: z.string(), redisUrl: z.string(), queuePrefix: z.string().min(1).optional() });

export class NotConfiguredError extends Error {
  constructor() {
    super(
      "cannot find Marsad's database: set DATABASE_URL (and REDIS_URL), or start the system with `pnpm start` first",
    );
    this.name = "NotConfiguredError";
  }
}

/**
 * DATABASE_URL/REDIS_URL/QUEUE_PREFIX from the environment, else from the running `pnpm start`:
 * articles imported into another queue prefix than the running worker's would wait for the
 * reconciler instead of being read at once.
 */
export function connectionConfig(rootDir: string, env: NodeJS.ProcessEnv = process.env) {
  let runtime: z.infer<typeof runtimeSchema> | null = null;
  try {
    runtime = runtimeSchema.parse(JSON.parse(readFileSync(path.join(rootDir, RUNTIME_FILE), "utf8")));
  } catch {
    runtime = null;
  }
  const databaseUrl = env.DATABASE_URL ?? runtime?.databaseUrl;
  if (!databaseUrl) throw new NotConfiguredError();
  return {
    databaseUrl,
    redisUrl: env.REDIS_URL ?? runtime?.redisUrl ?? "redis://127.0.0.1:6379",
    queuePrefix: env.QUEUE_PREFIX ?? runtime?.queuePrefix ?? "marsad",
  };
}
