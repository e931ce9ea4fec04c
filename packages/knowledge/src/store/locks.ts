import { sql } from "drizzle-orm";
import { prepared } from "./prepared";
import type { Tx } from "./tx";

/**
 * Serialises concurrent workers that might create the same entity: each takes a transaction-level
 * advisory lock per key (people by family name, so every spelling of one family waits for the
 * others). Keys are taken in sorted order so two transactions never deadlock on each other; the
 * statements go out together and Postgres takes them one after the other, in that order.
 */
export async function lockKeys(tx: Tx, keys: Iterable<string>): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  await Promise.all(sorted.map((key) => prepared(tx, sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`)));
}
