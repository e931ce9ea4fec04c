import { logSafeError } from "@marsad/db/log-safe-error";
import { pino, type Logger } from "pino";

export type { Logger };

/** JSON logs, one line per event, namespaced by component. */
export function createLogger(level: string): Logger {
  // A failed query's parameters (an article's whole text) stay out of the logs: see logSafeError.
  return pino({ name: "marsad-worker", level, serializers: { err: logSafeError } });
}
