import { matchKey } from "@marsad/extract/text";
import { sql } from "drizzle-orm";
import { prepared } from "./prepared";
import type { Tx } from "./tx";

/** The outlet rows for source names (by name), each created on first sight. */
export async function resolveSources(tx: Tx, names: string[]): Promise<Map<string, string>> {
  const byKey = new Map(names.map((name) => [matchKey(name), name]));
  if (byKey.size === 0) return new Map();
  const keys = [...byKey.keys()];
  const find = () => prepared<{ id: string; name_key: string }>(tx, sql`select id, name_key from sources where name_key = any(${sql.param(keys)}::text[])`);
  // Outlets are few and soon all known: look first, and insert only on a miss.
  let rows = await find();
  if (rows.length < keys.length) {
    const known = new Set(rows.map((r) => r.name_key));
    const missing = keys.filter((k) => !known.has(k));
    // Sent together, but two statements: the select sees a row another worker committed while the
    // insert waited on it (a single statement would read an older snapshot).
    [, rows] = await Promise.all([
      prepared(
        tx,
        sql`insert into sources (name, name_key)
          select * from unnest(${sql.param(missing.map((k) => byKey.get(k)!))}::text[], ${sql.param(missing)}::text[]) order by 2
          on conflict do nothing`,
      ),
      find(),
    ]);
  }
  const idByKey = new Map(rows.map((r) => [r.name_key, r.id]));
  return new Map(names.map((name) => [name, idByKey.get(matchKey(name))!]));
}
