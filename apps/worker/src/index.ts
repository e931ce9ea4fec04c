import { readWorkerEnv } from "./env";
import { createLogger } from "./logger";
import { startWorkerRuntime } from "./runtime";

const env = readWorkerEnv();
const logger = createLogger(env.LOG_LEVEL);

// postgres.js 3.4 can throw from a socket callback when the server vanishes mid-write (a
// TypeError inside its connection.js). That connection is dead and the pool opens a new one;
// the job it served fails and is retried. Anything else uncaught is a bug: log it and exit.
process.on("uncaughtException", (error) => {
  if (error instanceof TypeError && /postgres\/src\/connection\.js/.test(error.stack ?? "")) {
    logger.warn({ err: error }, "database connection lost mid-write; continuing");
    return;
  }
  logger.fatal({ err: error }, "uncaught exception");
  process.exit(1);
});
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
