import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A worker in a process of its own, as in production, so it can be killed for real. */
export function spawnWorker(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "apps/worker/src/index.ts"], {
    cwd: rootDir,
    env: {
      ...process.env,
      WORKER_HEALTH_PORT: "0",
      WORKER_CONCURRENCY: "16",
      // Lost work comes back within seconds, so the suite runs in minutes.
      RECONCILE_STALE_MS: "5000",
      RECONCILE_INTERVAL_MS: "2000",
      LOG_LEVEL: "error",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export async function stopWorker(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  await new Promise((r) => child.once("exit", r));
}
