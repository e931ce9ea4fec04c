import type { Db } from "@marsad/db";
import { entities } from "@marsad/schema/tables";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { familySkeleton } from "../person-names";

const PAGE = 1000;

/**
 * People stored before the store kept family skeletons (migration 0008) have none, so an English
 * report could never find them across scripts. Reprocessing reads their articles again but
 * resolves to the existing rows, so the key is filled here first, from each person's canonical
 * name, a page at a time. Returns how many people got one.
 */
export async function backfillFamilySkeletons(db: Db): Promise<number> {
  let filled = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const page = await db
      .select({ id: entities.id, name: entities.canonicalName })
      .from(entities)
      .where(and(eq(entities.type, "person"), isNull(entities.familySkeleton), gt(entities.id, after)))
      .orderBy(asc(entities.id))
      .limit(PAGE);
    if (page.length === 0) return filled;
    after = page.at(-1)!.id;
    const keyed = page.flatMap((p) => {
      const skeleton = familySkeleton(p.name);
      return skeleton ? [{ id: p.id, skeleton }] : [];
    });
    if (keyed.length > 0) {
      await db.execute(sql`
        update entities e set family_skeleton = k.skeleton
        from unnest(${sql.param(keyed.map((k) => k.id))}::uuid[], ${sql.param(keyed.map((k) => k.skeleton))}::text[]) as k(id, skeleton)
        where e.id = k.id and e.family_skeleton is null`);
      filled += keyed.length;
    }
  }
}
