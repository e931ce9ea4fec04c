import { readWorkerEnv } from "./env";
import { createLogger } from "./logger";
import { startWorkerRuntime } from "./runtime";

const env = readWorkerEnv();
const logger = createLogger(env.LOG_LEVEL);
const runtime = await startWorkerRuntime(env, logger);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    logger.info({ signal }, "shutting down: finishing in-flight jobs");
    runtime.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "unclean shutdown");
        process.exit(1);
      },
    );
  });
}
