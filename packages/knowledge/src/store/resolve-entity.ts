import { entities, entityAliases, type EntityType } from "@marsad/schema/tables";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { compatibleNames, nameKey, nameTokens } from "../person-names";
import type { Tx } from "./tx";

export interface EntityCandidate {
  type: EntityType;
  /** Fullest name the article gives; becomes the canonical name of a new entity. */
  name: string;
  /** Every spelling this article uses. */
  variants: string[];
  country: string | null;
  placeKind?: string | null;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  /** Overrides the name key (countries are keyed by ISO code, whatever the spelling). */
  key?: string;
}

/** Follows analysts' merges to the entity that stands for the others. */
async function canonicalId(tx: Tx, id: string): Promise<string> {
  let current = id;
  for (let hops = 0; hops < 20; hops++) {
    const [row] = await tx.select({ mergedInto: entities.mergedInto }).from(entities).where(eq(entities.id, current));
    if (!row?.mergedInto) return current;
    current = row.mergedInto;
  }
  return current;
}

const countriesAgree = (a: string | null, b: string | null) => a === null || b === null || a === b;

/**
 * Finds the entity a name in an article stands for, or creates it. Exact keys (canonical name or
 * any known alias) win; for people, a longer or shorter form of the same name (given and family
 * name equal, the rest a subsequence) matches too — never a shared family name alone.
 */
export async function resolveEntity(tx: Tx, candidate: EntityCandidate): Promise<string> {
  const keys = [...new Set((candidate.key ? [candidate.key] : candidate.variants.map(nameKey)).filter(Boolean))];
  const primaryKey = candidate.key ?? nameKey(candidate.name);

  const exact = await tx
    .selectDistinct({ id: entities.id, country: entities.country, mentionCount: entities.mentionCount })
    .from(entities)
    .leftJoin(entityAliases, eq(entityAliases.entityId, entities.id))
    .where(
      and(
        eq(entities.type, candidate.type),
        or(inArray(entities.nameKey, keys), inArray(entityAliases.aliasKey, keys)),
      ),
    );
  let match = exact
    .filter((e) => countriesAgree(e.country, candidate.country))
    .sort((a, b) => b.mentionCount - a.mentionCount)[0];

  if (!match && candidate.type === "person" && !candidate.key) {
    const family = nameTokens(candidate.name).at(-1);
    if (family) {
      const sameFamily = await tx
        .select({
          id: entities.id,
          country: entities.country,
          mentionCount: entities.mentionCount,
          aliasKeys: sql<string[]>`coalesce(array_agg(${entityAliases.aliasKey}) filter (where ${entityAliases.aliasKey} is not null), '{}')`,
          nameKey: entities.nameKey,
        })
        .from(entities)
        .leftJoin(entityAliases, eq(entityAliases.entityId, entities.id))
        .where(and(eq(entities.type, "person"), sql`${entities.nameKey} like ${`%${family}`}`, isNull(entities.mergedInto)))
        .groupBy(entities.id);
      match = sameFamily
        .filter(
          (e) =>
            countriesAgree(e.country, candidate.country) &&
            [e.nameKey, ...e.aliasKeys].some((known) => candidate.variants.some((v) => compatibleNames(known, v))),
        )
        .sort((a, b) => b.mentionCount - a.mentionCount)[0];
    }
  }

  let id: string;
  if (match) {
    id = await canonicalId(tx, match.id);
    if (candidate.country) {
      await tx
        .update(entities)
        .set({ country: candidate.country, updatedAt: new Date() })
        .where(and(eq(entities.id, id), isNull(entities.country)));
    }
  } else {
    const [created] = await tx
      .insert(entities)
      .values({
        type: candidate.type,
        canonicalName: candidate.name,
        nameKey: primaryKey,
        country: candidate.country,
        placeKind: candidate.placeKind ?? null,
        lat: candidate.lat ?? null,
        lon: candidate.lon ?? null,
      })
      .returning({ id: entities.id });
    id = created!.id;
  }

  const aliasRows = [...new Map(candidate.variants.map((v) => [nameKey(v), v])).entries()]
    .filter(([key]) => key)
    .map(([aliasKey, alias]) => ({ entityId: id, alias, aliasKey }));
  if (aliasRows.length) await tx.insert(entityAliases).values(aliasRows).onConflictDoNothing();
  return id;
}
