import * as schema from "@marsad/schema/tables";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";

export type Db = PostgresJsDatabase<typeof schema>;

export interface DbHandle {
  db: Db;
  /** Closes the pool; waits for running queries up to `timeoutSeconds`. */
  close: (timeoutSeconds?: number) => Promise<void>;
}

/** Opens a connection pool. `max` bounds connections per process (the worker and the web app each have one). */
export function createDb(url: string, options: { max?: number; onStatement?: () => void } = {}): DbHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    // Told of every statement sent (the worker counts them, to show what storing an article costs).
    ...(options.onStatement ? { debug: options.onStatement } : {}),
    onnotice: () => {},
    // A stopped Postgres must fail fast (jobs retry with backoff) instead of hanging a request.
    connect_timeout: 5,
  });
  const db = drizzle(client, { schema, casing: "snake_case" });
  return { db, close: (timeoutSeconds = 5) => client.end({ timeout: timeoutSeconds }) };
}
