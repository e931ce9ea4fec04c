/**
 * The names lexicon: for each word seen inside names of the training data, the entity class it
 * mostly belongs to and how reliably ("PERS:3" = nine times in ten or more). Built from counts by
 * the training script and committed as a word list (src/ner/data/ner-names.json).
 */
import { ENTITY_TYPES, type EntityType } from "./tags";
import type { NameLexicon } from "./cues";

export type NameCounts = Map<string, { total: number; byType: Record<EntityType, number> }>;

export type NameLexiconData = Record<string, string[]>;

/** Counts every word (and its bare form) of the sentences: how often, and how often inside which type. */
export function countNames(
  sentences: Iterable<{
    keys: readonly string[];
    bare: readonly string[];
    types: readonly (EntityType | null)[];
  }>,
): NameCounts {
  const counts: NameCounts = new Map();
  for (const s of sentences)
    s.keys.forEach((key, i) => {
      const forms = s.bare[i] === key ? [key] : [key, s.bare[i]!];
      for (const f of forms) {
        let c = counts.get(f);
        if (!c) {
          c = { total: 0, byType: { PERS: 0, ORG: 0, LOC: 0, MISC: 0 } };
          counts.set(f, c);
        }
        c.total++;
        const type = s.types[i];
        if (type) c.byType[type]++;
      }
    });
  return counts;
}

/** The class of each word seen at least twice in a name, with its reliability bucket. */
export function lexiconData(counts: NameCounts): NameLexiconData {
  const out: NameLexiconData = {};
  const keys = [...counts.keys()].sort();
  for (const key of keys) {
    const c = counts.get(key)!;
    let best: EntityType | null = null;
    for (const t of ENTITY_TYPES) if (!best || c.byType[t] > c.byType[best]) best = t;
    if (!best || c.byType[best] < 2) continue;
    const ratio = c.byType[best] / c.total;
    const bucket = ratio >= 0.9 ? 3 : ratio >= 0.5 ? 2 : ratio >= 0.2 ? 1 : 0;
    if (!bucket) continue;
    (out[`${best}:${bucket}`] ??= []).push(key);
  }
  return out;
}

export function nameLexicon(data: NameLexiconData): NameLexicon {
  const map = new Map<string, string>();
  for (const [cls, words] of Object.entries(data)) for (const w of words) map.set(w, cls);
  return (key) => map.get(key) ?? null;
}
