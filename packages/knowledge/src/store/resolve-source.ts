import { matchKey } from "@marsad/extract/text";
import { sources } from "@marsad/schema/tables";
import { eq } from "drizzle-orm";
import type { Tx } from "./tx";

/** The outlet row for a source name, created on first sight. */
export async function resolveSource(tx: Tx, name: string): Promise<string> {
  const nameKey = matchKey(name);
  await tx.insert(sources).values({ name, nameKey }).onConflictDoNothing();
  const [row] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.nameKey, nameKey));
  return row!.id;
}
