import { followEntityMerge, type Db } from "@marsad/db";
import {
  articleEntities,
  entities,
  entityAliases,
  entityMerges,
  eventParticipants,
  mentions,
} from "@marsad/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { dedupeFollowedRules } from "./dedupe-followed-rules";

export class EntityCorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EntityCorrectionError";
  }
}

/**
 * An analyst says two entities are one: everything of `fromId` moves to `intoId`, `fromId` keeps
 * a pointer (`mergedInto`) and its aliases are copied over, so reprocessing any article resolves
 * the old spellings to the merged entity. The merge is recorded in `entity_merges`.
 */
export async function mergeEntities(db: Db, input: { fromId: string; intoId: string; note?: string | undefined }) {
  if (input.fromId === input.intoId) throw new EntityCorrectionError("an entity cannot be merged into itself");
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(entities).where(sql`${entities.id} in (${input.fromId}, ${input.intoId})`).for("update");
    const from = rows.find((r) => r.id === input.fromId);
    const into = rows.find((r) => r.id === input.intoId);
    if (!from || !into) throw new EntityCorrectionError("both entities must exist");
    if (from.type !== into.type) throw new EntityCorrectionError(`cannot merge a ${from.type} into a ${into.type}`);
    if (into.mergedInto) throw new EntityCorrectionError("the target was itself merged into another entity");

    await tx.execute(sql`
      insert into ${entityAliases} (entity_id, alias, alias_key, origin)
      select ${input.intoId}, alias, alias_key, 'analyst' from ${entityAliases} where entity_id = ${input.fromId}
      on conflict do nothing`);
    // Rows that would collide with ones the target already has are dropped, the rest re-pointed.
    await tx.execute(sql`
      delete from ${articleEntities} a using ${articleEntities} b
      where a.entity_id = ${input.fromId} and b.entity_id = ${input.intoId} and a.article_id = b.article_id`);
    await tx.update(articleEntities).set({ entityId: input.intoId }).where(eq(articleEntities.entityId, input.fromId));
    await tx.update(mentions).set({ entityId: input.intoId }).where(eq(mentions.entityId, input.fromId));
    await tx.execute(sql`
      delete from ${eventParticipants} a using ${eventParticipants} b
      where a.entity_id = ${input.fromId} and b.entity_id = ${input.intoId} and a.event_id = b.event_id`);
    await tx.update(eventParticipants).set({ entityId: input.intoId }).where(eq(eventParticipants.entityId, input.fromId));
    await tx
      .update(entities)
      .set({ mergedInto: input.intoId, mentionCount: 0, updatedAt: new Date() })
      .where(eq(entities.id, input.fromId));
    // Watchlists that followed the merged entity follow the one kept, once.
    await followEntityMerge(tx, input.fromId, input.intoId);
    await dedupeFollowedRules(tx, input.intoId);
    await tx
      .update(entities)
      .set({
        country: sql`coalesce(${entities.country}, ${from.country})`,
        mentionCount: sql`(select count(*)::int from ${mentions} where ${mentions.entityId} = ${input.intoId})`,
        updatedAt: new Date(),
      })
      .where(and(eq(entities.id, input.intoId)));
    const [audit] = await tx
      .insert(entityMerges)
      .values({ fromId: input.fromId, intoId: input.intoId, note: input.note ?? null })
      .returning();
    return audit!;
  });
}
