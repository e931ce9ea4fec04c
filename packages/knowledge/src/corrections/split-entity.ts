import type { Db } from "@marsad/db";
import { articleEntities, entities, entityAliases, eventArticles, eventParticipants, mentions } from "@marsad/schema/tables";
import { and, eq, inArray, sql } from "drizzle-orm";
import { familySkeleton, nameKey } from "../person-names";
import { EntityCorrectionError } from "./merge-entities";

/**
 * An analyst says some spellings of an entity are someone else: those aliases, the articles that
 * name the entity by them, and the events those articles report, move to a new entity. The moved aliases are marked `analyst`, so
 * reprocessing resolves them to the new entity by exact alias, never back to the old one.
 */
export async function splitEntity(db: Db, input: { id: string; aliases: string[]; name?: string | undefined }) {
  const keys = [...new Set(input.aliases.map(nameKey))];
  return db.transaction(async (tx) => {
    const [entity] = await tx.select().from(entities).where(eq(entities.id, input.id)).for("update");
    if (!entity) throw new EntityCorrectionError("no such entity");
    const moving = await tx
      .select()
      .from(entityAliases)
      .where(and(eq(entityAliases.entityId, input.id), inArray(entityAliases.aliasKey, keys)));
    if (moving.length === 0) throw new EntityCorrectionError("none of these aliases belong to the entity");
    const all = await tx.select({ n: sql<number>`count(*)::int` }).from(entityAliases).where(eq(entityAliases.entityId, input.id));
    if (moving.length >= (all[0]?.n ?? 0)) throw new EntityCorrectionError("a split must leave the entity at least one alias");

    const name = input.name ?? moving[0]!.alias;
    const [created] = await tx
      .insert(entities)
      .values({
        type: entity.type,
        canonicalName: name,
        nameKey: nameKey(name),
        // Found across scripts like any person the store creates.
        familySkeleton: entity.type === "person" ? familySkeleton(name) : null,
        country: entity.country,
      })
      .returning();
    await tx
      .update(entityAliases)
      .set({ entityId: created!.id, origin: "analyst" })
      .where(and(eq(entityAliases.entityId, input.id), inArray(entityAliases.aliasKey, keys)));
    // Articles that print the entity under a moved spelling follow it.
    const printed = await tx
      .select({ articleId: articleEntities.articleId, name: articleEntities.name })
      .from(articleEntities)
      .where(eq(articleEntities.entityId, input.id));
    const moved = printed.filter((p) => keys.includes(nameKey(p.name)));
    if (moved.length) {
      await tx
        .update(articleEntities)
        .set({ entityId: created!.id })
        .where(and(eq(articleEntities.entityId, input.id), inArray(articleEntities.articleId, moved.map((m) => m.articleId))));
    }
    if (moved.length) {
      await tx
        .update(mentions)
        .set({ entityId: created!.id })
        .where(and(eq(mentions.entityId, input.id), inArray(mentions.articleId, moved.map((m) => m.articleId))));
    }
    if (moved.length) {
      // Events those articles report gain the new entity; the old one stays only in events that
      // some article still names it in.
      const movedIds = moved.map((m) => m.articleId);
      await tx.execute(sql`
        insert into ${eventParticipants} (event_id, entity_id)
        select distinct p.event_id, ${created!.id}::uuid from ${eventParticipants} p
        join ${eventArticles} ea on ea.event_id = p.event_id
        where p.entity_id = ${input.id} and ea.article_id in ${movedIds}
        on conflict do nothing`);
      await tx.execute(sql`
        delete from ${eventParticipants} p
        where p.entity_id = ${input.id}
          and p.event_id in (select event_id from ${eventArticles} where article_id in ${movedIds})
          and not exists (
            select 1 from ${eventArticles} ea
            join ${articleEntities} ae on ae.article_id = ea.article_id and ae.entity_id = ${input.id}
            where ea.event_id = p.event_id)`);
    }
    for (const id of [input.id, created!.id]) {
      await tx
        .update(entities)
        .set({ mentionCount: sql`(select count(*)::int from ${mentions} where ${mentions.entityId} = ${id})` })
        .where(eq(entities.id, id));
    }
    return created!;
  });
}
