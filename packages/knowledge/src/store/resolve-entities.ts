import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { familySkeleton, nameKey } from "../person-names";
import { entityLockKey } from "./candidates";
import { lockKeys } from "./locks";
import { prepared, type PendingWrites } from "./prepared";
import { aliasRows, lookupEntities, matchEntity, standingFor, type EntityCandidate, type KnownEntity } from "./resolve-entity";
import type { Tx } from "./tx";

export interface ResolvedEntities {
  /** Entity of each candidate, per article, in the order given. */
  ids: string[][];
  /** States learnt for entities that had none (written with the counters). */
  countryFills: Array<{ id: string; country: string }>;
  /** Alias keys each entity read had stored already, by entity: their rows need not be sent again. */
  storedAliasKeys: Map<string, ReadonlySet<string>>;
}

/**
 * What the batch knows of entities as it resolves its articles in order: the stored entities its
 * names could stand for, as read before and after taking the creation locks, plus what the
 * batch's earlier articles created and the spellings they added. An article later in a batch
 * thus resolves its names as if the articles before it had been stored and committed first.
 */
class BatchMemory {
  /** Every copy of an entity (one in each list), by id: spellings are added to each name of a batch. */
  private readonly copies = new Map<string, Set<KnownEntity>>();

  constructor(
    private readonly before: KnownEntity[],
    private readonly after: KnownEntity[],
  ) {
    for (const e of [...before, ...after]) this.index(e);
  }

  matchBefore = (c: EntityCandidate) => matchEntity(this.before, c);
  matchAfter = (c: EntityCandidate) => matchEntity(this.after, c);

  add(entity: KnownEntity): void {
    this.before.push(entity);
    if (this.after !== this.before) this.after.push(entity);
    this.index(entity);
  }

  addKeys(id: string, keys: string[]): void {
    for (const e of this.copies.get(id) ?? []) for (const k of keys) if (!e.keys.includes(k)) e.keys.push(k);
  }

  private index(e: KnownEntity): void {
    const copies = this.copies.get(e.id);
    if (copies) copies.add(e);
    else this.copies.set(e.id, new Set([e]));
  }
}

interface Simulation extends Omit<ResolvedEntities, "storedAliasKeys"> {
  created: Array<{ id: string; candidate: EntityCandidate }>;
  /** Lock keys of the names that create an entity, or take one a batch-mate created. */
  lockKeys: string[];
}

/**
 * Resolves each article's candidates as `storeArticleKnowledge` did one article at a time: the
 * names the stored entities answer first (no fill: they were known), then the others one after
 * the other, each seeing the entities the names before it created.
 */
async function simulate(tx: Tx, perArticle: EntityCandidate[][], memory: BatchMemory): Promise<Simulation> {
  const out: Simulation = { ids: [], countryFills: [], created: [], lockKeys: [] };
  const createdIds = new Set<string>();
  for (const candidates of perArticle) {
    const ids: Array<string | undefined> = [];
    for (const c of candidates) {
      const match = memory.matchBefore(c);
      if (match && createdIds.has(match.id)) out.lockKeys.push(entityLockKey(c));
      ids.push(match ? await standingFor(tx, match) : undefined);
    }
    for (const [i, c] of candidates.entries()) {
      if (ids[i] !== undefined) continue;
      out.lockKeys.push(entityLockKey(c));
      const match = memory.matchAfter(c);
      if (match) {
        ids[i] = await standingFor(tx, match);
        if (c.country) out.countryFills.push({ id: ids[i], country: c.country });
        continue;
      }
      const id = randomUUID();
      const key = c.key ?? nameKey(c.name);
      memory.add({ id, type: c.type, country: c.country, mentionCount: 0, mergedInto: null, keys: [key] });
      createdIds.add(id);
      out.created.push({ id, candidate: c });
      ids[i] = id;
    }
    const resolved = ids as string[];
    for (const [i, c] of candidates.entries()) memory.addKeys(resolved[i]!, aliasRows(resolved[i]!, c).map((a) => a.aliasKey));
    out.ids.push(resolved);
  }
  return out;
}

const copy = (known: KnownEntity[]) => known.map((k) => ({ ...k, keys: [...k.keys] }));

/**
 * Finds or creates the entity of every name of a batch of articles: one lookup for all the
 * batch's names; when some name would create an entity, the advisory locks of those names (sorted,
 * all at once), one more lookup that sees what other workers committed meanwhile, and one insert
 * of every new entity. Another worker storing the same new person waits for the lock, then finds
 * him: no duplicate entity under concurrent workers.
 */
export async function resolveEntities(tx: Tx, writes: PendingWrites, perArticle: EntityCandidate[][]): Promise<ResolvedEntities> {
  const all = perArticle.flat();
  const stored = await lookupEntities(tx, all);
  const first = await simulate(tx, perArticle, new BatchMemory(copy(stored), copy(stored)));
  if (first.created.length === 0) return { ...first, storedAliasKeys: aliasKeysOf(stored) };

  const taken = new Set(first.lockKeys);
  await lockKeys(tx, taken);
  const latest = await lookupEntities(tx, all);
  const seen = new Set(latest.map((k) => k.id));
  const after = [...latest, ...stored.filter((k) => !seen.has(k.id))];
  const final = await simulate(tx, perArticle, new BatchMemory(copy(stored), copy(after)));
  // A name that now creates where it did not before (rare: another worker's commit changed what
  // it matches) takes its lock late, still sorted; a deadlock this could cause fails the batch,
  // whose articles are then stored one by one.
  const late = final.lockKeys.filter((k) => !taken.has(k));
  if (late.length) await lockKeys(tx, late);
  if (final.created.length) insertEntities(tx, writes, final.created);
  return { ...final, storedAliasKeys: aliasKeysOf(after) };
}

function aliasKeysOf(known: KnownEntity[]): Map<string, ReadonlySet<string>> {
  return new Map(known.map((k) => [k.id, k.storedAliasKeys ?? new Set()]));
}

/** New entities, in one statement (their ids made here, so nothing waits for the insert). */
function insertEntities(tx: Tx, writes: PendingWrites, created: Simulation["created"]): void {
  const col = <T>(f: (c: EntityCandidate) => T) => sql.param(created.map((x) => f(x.candidate)));
  writes.add(
    prepared(
      tx,
      sql`insert into entities (id, type, canonical_name, name_key, family_skeleton, country, place_kind, lat, lon)
        select * from unnest(${sql.param(created.map((x) => x.id))}::uuid[], ${col((c) => c.type)}::entity_type[], ${col((c) => c.name)}::text[],
          ${col((c) => c.key ?? nameKey(c.name))}::text[], ${col((c) => (c.type === "person" ? familySkeleton(c.name) : null))}::text[],
          ${col((c) => c.country)}::text[], ${col((c) => c.placeKind ?? null)}::text[], ${col((c) => c.lat ?? null)}::float8[],
          ${col((c) => c.lon ?? null)}::float8[])`,
    ),
  );
}
