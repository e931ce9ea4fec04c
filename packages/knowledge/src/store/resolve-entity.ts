import { entities, entityAliases, type EntityType } from "@marsad/schema/tables";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { compatibleNames, nameKey, nameTokens } from "../person-names";
import { prepared } from "./prepared";
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
 * Finds the entity a name in an article stands for, if it is already known. Exact keys (canonical
 * name or any known alias) win; for people, a longer or shorter form of the same name (given and
 * family name equal, the rest a subsequence) matches too — never a shared family name alone.
 */
export async function findEntity(tx: Tx, candidate: EntityCandidate): Promise<string | undefined> {
  const keys = [...new Set((candidate.key ? [candidate.key] : candidate.variants.map(nameKey)).filter(Boolean))];
  if (keys.length === 0) return undefined;
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
  if (!match) return undefined;
  const id = await canonicalId(tx, match.id);
  if (candidate.country) {
    await tx
      .update(entities)
      .set({ country: candidate.country, updatedAt: new Date() })
      .where(and(eq(entities.id, id), isNull(entities.country)));
  }
  return id;
}

export async function createEntity(tx: Tx, candidate: EntityCandidate): Promise<string> {
  const [created] = await tx
    .insert(entities)
    .values({
      type: candidate.type,
      canonicalName: candidate.name,
      nameKey: candidate.key ?? nameKey(candidate.name),
      country: candidate.country,
      placeKind: candidate.placeKind ?? null,
      lat: candidate.lat ?? null,
      lon: candidate.lon ?? null,
    })
    .returning({ id: entities.id });
  return created!.id;
}

/** Alias rows of every spelling a candidate used, for one bulk insert. */
export function aliasRows(entityId: string, candidate: EntityCandidate) {
  return [...new Map(candidate.variants.map((v) => [nameKey(v), v])).entries()]
    .filter(([key]) => key)
    .map(([aliasKey, alias]) => ({ entityId, alias, aliasKey }));
}

interface KnownEntity {
  id: string;
  type: string;
  country: string | null;
  mentionCount: number;
  mergedInto: string | null;
  keys: string[];
}

const keysOf = (c: EntityCandidate) => [...new Set((c.key ? [c.key] : c.variants.map(nameKey)).filter(Boolean))];

/**
 * `findEntity` for every candidate of an article at once: one query for all exact keys, one for
 * the families of people still unmatched, then matching in memory. An article names dozens of
 * things; one round trip each would dominate the cost of storing it.
 */
export async function findEntities(tx: Tx, candidates: EntityCandidate[]): Promise<Array<string | undefined>> {
  const allKeys = [...new Set(candidates.flatMap(keysOf))];
  const families = [
    ...new Set(candidates.filter((c) => c.type === "person" && !c.key).map((c) => nameTokens(c.name).at(-1)).filter((f) => f !== undefined)),
  ];
  if (allKeys.length === 0) return candidates.map(() => undefined);
  // One text whatever the number of names (arrays, not lists), so it is prepared once per connection.
  const rows = await prepared<{
    id: string;
    type: string;
    country: string | null;
    mention_count: number;
    merged_into: string | null;
    name_key: string;
    alias_keys: string[];
  }>(
    tx,
    sql`select e.id, e.type, e.country, e.mention_count, e.merged_into, e.name_key,
        coalesce(array_agg(a.alias_key) filter (where a.alias_key is not null), '{}') as alias_keys
      from entities e left join entity_aliases a on a.entity_id = e.id
      where e.name_key = any(${sql.param(allKeys)}::text[])
        or e.id in (select entity_id from entity_aliases where alias_key = any(${sql.param(allKeys)}::text[]))
        or (e.type = 'person' and e.name_key like any(${sql.param(families.map((f) => `%${f}`))}::text[]))
      group by e.id`,
  );
  const known: KnownEntity[] = rows.map((r) => ({
    id: r.id,
    type: r.type,
    country: r.country,
    mentionCount: r.mention_count,
    mergedInto: r.merged_into,
    keys: [r.name_key, ...r.alias_keys],
  }));
  const best = (list: KnownEntity[]) => list.sort((a, b) => b.mentionCount - a.mentionCount)[0];
  const out: Array<string | undefined> = [];
  for (const c of candidates) {
    const keys = keysOf(c);
    const sameType = known.filter((k) => k.type === c.type && countriesAgree(k.country, c.country));
    let match = best(sameType.filter((k) => k.keys.some((key) => keys.includes(key))));
    if (!match && c.type === "person" && !c.key) {
      match = best(sameType.filter((k) => !k.mergedInto && k.keys.some((known) => c.variants.some((v) => compatibleNames(known, v)))));
    }
    out.push(match ? (match.mergedInto ? await canonicalId(tx, match.id) : match.id) : undefined);
  }
  return out;
}
