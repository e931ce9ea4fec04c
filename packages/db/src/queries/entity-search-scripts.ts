import { agreeingSkeletons, matchKey, nameSkeleton, placeNamesInOtherScript, skeletonsAgree } from "@marsad/extract/text";
import { entities, type EntityType } from "@marsad/schema/tables";
import { and, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";

/**
 * What an entity search also looks for in the other script: the gazetteer's names of a place the
 * query names (Cairo → القاهرة), searched like the query itself.
 */
export function placeKeysInOtherScript(key: string): string[] {
  return placeNamesInOtherScript(key.split(" ")).map(matchKey);
}

/** What an entity search answers for each entity found, with how well it matched. */
export const entityHit = (score: SQL<number>) => ({
  id: entities.id,
  type: entities.type,
  name: entities.canonicalName,
  country: entities.country,
  mentionCount: entities.mentionCount,
  score,
});

/** Score of a person found by the skeleton of their name in the other script. */
const SKELETON_SCORE = 0.8;

/**
 * People whose family name has the query's last word's consonant skeleton (Haftar → حفتر); with a
 * given name in the query too, only those whose given name agrees as well ("Saddam Haftar" finds
 * صدام حفتر, not خالد حفتر). Read from the family-skeleton index.
 */
export async function peopleBySkeleton(db: Db, q: string, type: EntityType | undefined, limit: number) {
  if (type && type !== "person") return [];
  const words = nameSkeleton(q);
  const family = words.at(-1);
  if (!family || family.length < 3) return [];
  const rows = await db
    .select(entityHit(sql<number>`${SKELETON_SCORE}::float8`))
    .from(entities)
    .where(and(eq(entities.type, "person"), inArray(entities.familySkeleton, agreeingSkeletons(family)), isNull(entities.mergedInto)))
    .orderBy(desc(entities.mentionCount))
    .limit(limit * 5);
  if (words.length < 2) return rows.slice(0, limit);
  return rows.filter((r) => skeletonsAgree(nameSkeleton(r.name)[0] ?? "", words[0]!)).slice(0, limit);
}
