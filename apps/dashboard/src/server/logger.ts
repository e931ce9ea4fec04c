import { logSafeError } from "@marsad/db/log-safe-error";
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * JSON logs, one line per event, namespaced by component. Errors are logged without the values
 * a failed query carried (an article's text, a hash): ids and sizes only.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ name: "marsad-dashboard", level, serializers: { err: logSafeError } }, destination);
}
