import { matchKey } from "@marsad/extract/text";
import { sql } from "drizzle-orm";
import { prepared } from "./prepared";
import type { Tx } from "./tx";

/** The outlet row for a source name, created on first sight. */
export async function resolveSource(tx: Tx, name: string): Promise<string> {
  const nameKey = matchKey(name);
  const find = () => prepared<{ id: string }>(tx, sql`select id from sources where name_key = ${nameKey}`);
  // Outlets are few and soon all known: look first, and insert only on a miss.
  const [known] = await find();
  if (known) return known.id;
  // Sent together, but two statements: the select sees a row another worker committed while the
  // insert waited on it (a single statement would read an older snapshot).
  const [, [row]] = await Promise.all([
    prepared(tx, sql`insert into sources (name, name_key) values (${name}, ${nameKey}) on conflict do nothing`),
    find(),
  ]);
  return row!.id;
}
