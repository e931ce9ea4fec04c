import { pino, type Logger } from "pino";

export type { Logger };

/** JSON logs, one line per event, namespaced by component. */
export function createLogger(level: string): Logger {
  return pino({ name: "marsad-dashboard", level });
}
