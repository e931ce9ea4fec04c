/**
 * Training tags from Marsad's gold (../shared/gold/FORMAT.md): every printed name of a gold
 * person, organization or place is found in the article's tokens and tagged as one entity.
 *  - A name may carry a proclitic on its first word in the text (بالقاهرة, لمصر, وحفتر); later
 *    words must match exactly (folded keys).
 *  - Longer names win over shorter ones they overlap, whatever their type.
 *  - A bare family name (the last word of a person's name of two words or more) is that person
 *    wherever it stands alone, unless the word also belongs to a gold place or organization.
 * Titles, ranks and roles around a name stay outside it, as in ANERcorp.
 */
import { tokenReadings, tokenize, type Token } from "../text/tokens";
import type { EntitySpan, EntityType } from "./tags";

export interface GoldNames {
  persons?: { name: string; aliases?: string[] }[];
  organizations?: { name: string }[];
  locations?: { name: string; aliases?: string[] }[];
}

const wordKeys = (s: string) =>
  tokenize(s)
    .filter((t) => t.kind !== "punct")
    .map((t) => t.key);

function matchAt(tokens: readonly Token[], i: number, keys: readonly string[]): number {
  const t0 = tokens[i]!;
  if (!tokenReadings(t0).some((r) => r.key === keys[0])) return -1;
  let j = i;
  for (let k = 1; k < keys.length; k++) {
    j++;
    while (tokens[j]?.kind === "punct" && tokens[j]!.text === "-") j++;
    if (tokens[j]?.key !== keys[k]) return -1;
  }
  return j;
}

export function goldSpans(tokens: readonly Token[], gold: GoldNames): EntitySpan[] {
  const names: { type: EntityType; keys: string[] }[] = [];
  const add = (type: EntityType, s: string | undefined) => {
    const keys = s ? wordKeys(s) : [];
    if (keys.length) names.push({ type, keys });
  };
  for (const p of gold.persons ?? []) for (const s of [p.name, ...(p.aliases ?? [])]) add("PERS", s);
  for (const o of gold.organizations ?? []) add("ORG", o.name);
  for (const l of gold.locations ?? []) for (const s of [l.name, ...(l.aliases ?? [])]) add("LOC", s);

  const candidates: (EntitySpan & { len: number })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind === "punct") continue;
    for (const n of names) {
      const last = matchAt(tokens, i, n.keys);
      if (last >= 0) candidates.push({ type: n.type, first: i, last, len: n.keys.length });
    }
  }
  const placeOrOrgWords = new Set(names.filter((n) => n.type !== "PERS").flatMap((n) => n.keys));
  const family = new Set(
    names
      .filter((n) => n.type === "PERS" && n.keys.length >= 2)
      .map((n) => n.keys[n.keys.length - 1]!)
      .filter((k) => k.length >= 3 && !placeOrOrgWords.has(k)),
  );
  for (let i = 0; i < tokens.length; i++)
    if (tokenReadings(tokens[i]!).some((r) => family.has(r.key)))
      candidates.push({ type: "PERS", first: i, last: i, len: 0.5 });

  candidates.sort((a, b) => b.len - a.len || a.first - b.first);
  const taken = new Uint8Array(tokens.length);
  const out: EntitySpan[] = [];
  for (const c of candidates) {
    let free = true;
    for (let k = c.first; k <= c.last; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = c.first; k <= c.last; k++) taken[k] = 1;
    out.push({ type: c.type, first: c.first, last: c.last });
  }
  return out.sort((a, b) => a.first - b.first);
}
