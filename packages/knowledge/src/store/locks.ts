import { sql } from "drizzle-orm";
import { prepared } from "./prepared";
import type { Tx } from "./tx";

/**
 * Serialises concurrent workers that might create the same entity or event: each takes a
 * transaction-level advisory lock per key (people by family name, so every spelling of one family
 * waits for the others). Keys are taken in sorted order so two transactions never deadlock on each
 * other: one statement walks the sorted array (a function scan yields it in array order) and takes
 * them one after the other, whatever their number — a batch of articles takes all its keys at once.
 */
export async function lockKeys(tx: Tx, keys: Iterable<string>): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return;
  await prepared(
    tx,
    sql`select count(pg_advisory_xact_lock(hashtextextended(k.key, 0)))::int as n
      from unnest(${sql.param(sorted)}::text[]) with ordinality as k(key, i)`,
  );
}
