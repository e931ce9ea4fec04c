import { entities, type EntityType } from "@marsad/schema/tables";
import { eq, sql } from "drizzle-orm";
import { compatibleNames, familySkeletonKeys, nameKey, nameTokens } from "../person-names";
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
  /** The name alone identifies it: an entity of another state by the same name is the same one (see `siteIdentity`). */
  anyCountry?: boolean;
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

/** Alias rows of every spelling a candidate used, for one bulk insert. */
export function aliasRows(entityId: string, candidate: EntityCandidate) {
  return [...new Map(candidate.variants.map((v) => [nameKey(v), v])).entries()]
    .filter(([key]) => key)
    .map(([aliasKey, alias]) => ({ entityId, alias, aliasKey }));
}

/** A stored entity as matching reads it: its ids, state, weight and every key it is known by. */
export interface KnownEntity {
  id: string;
  type: string;
  country: string | null;
  mentionCount: number;
  mergedInto: string | null;
  keys: string[];
  /** Its alias rows' keys as read (never changed after): spellings that need no new alias row. */
  storedAliasKeys?: ReadonlySet<string>;
}

const keysOf = (c: EntityCandidate) => [...new Set((c.key ? [c.key] : c.variants.map(nameKey)).filter(Boolean))];

/**
 * The stored entities any of these candidates could stand for: one query for all exact keys and
 * the families of people, whatever the number of names (an article, or a batch of articles).
 */
export async function lookupEntities(tx: Tx, candidates: EntityCandidate[]): Promise<KnownEntity[]> {
  const allKeys = [...new Set(candidates.flatMap(keysOf))];
  const typedKeys = [...new Map(candidates.flatMap((c) => keysOf(c).map((key) => [`${c.type}:${key}`, { type: c.type, key }]))).values()];
  const people = candidates.filter((c) => c.type === "person" && !c.key);
  const families = [...new Set(people.map((c) => nameTokens(c.name).at(-1)).filter((f) => f !== undefined))];
  // The same family name in the other script (حفتر / Haftar) is found by its consonant skeleton.
  const skeletons = [...new Set(people.flatMap((c) => familySkeletonKeys(c.name)))];
  if (allKeys.length === 0) return [];
  // One text whatever the number of names (arrays, not lists), so it is prepared once per connection.
  // Each branch is written for the index that answers it in a large archive: the (type, name_key)
  // b-tree; the alias_key b-tree, asked for a one-key range — the alias trigram index also accepts
  // "=", and the planner takes it, though every alias sharing a family name's trigrams is then read
  // and rechecked (over 100 ms at 5,000 people); and people's family names (the last word of
  // their name key) and their family names' skeletons.
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
    sql`with ids as (
        select e.id from unnest(${sql.param(typedKeys.map((k) => k.type))}::entity_type[], ${sql.param(typedKeys.map((k) => k.key))}::text[]) as k(type, key)
          join entities e on e.type = k.type and e.name_key = k.key
        union
        select a.entity_id from unnest(${sql.param(allKeys)}::text[]) as k(key)
          join entity_aliases a on a.alias_key >= k.key and a.alias_key <= k.key
        union
        select id from entities where type = 'person' and split_part(name_key, ' ', -1) = any(${sql.param(families)}::text[])
        union
        select id from entities where type = 'person' and family_skeleton = any(${sql.param(skeletons)}::text[]))
      select e.id, e.type, e.country, e.mention_count, e.merged_into, e.name_key,
        array(select a.alias_key from entity_aliases a where a.entity_id = e.id) as alias_keys
      from entities e where e.id = any(array(select id from ids))`,
  );
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    country: r.country,
    mentionCount: r.mention_count,
    mergedInto: r.merged_into,
    keys: [r.name_key, ...r.alias_keys],
    storedAliasKeys: new Set(r.alias_keys),
  }));
}

const best = (list: KnownEntity[]) => list.sort((a, b) => b.mentionCount - a.mentionCount)[0];

/** The known entity a candidate stands for: same type and state, a shared key, else (people) a compatible name. */
export function matchEntity(known: KnownEntity[], c: EntityCandidate): KnownEntity | undefined {
  const keys = keysOf(c);
  const sameType = known.filter((k) => k.type === c.type && (c.anyCountry || countriesAgree(k.country, c.country)));
  const match = best(sameType.filter((k) => k.keys.some((key) => keys.includes(key))));
  if (match || c.type !== "person" || c.key) return match;
  return best(sameType.filter((k) => !k.mergedInto && k.keys.some((stored) => c.variants.some((v) => compatibleNames(stored, v)))));
}

/** The entity that stands for a matched one: itself, or the one analysts merged it into. */
export const standingFor = (tx: Tx, match: KnownEntity): Promise<string> | string =>
  match.mergedInto ? canonicalId(tx, match.id) : match.id;
