/**
 * Entity spans over tokens from an extraction: every mention of its persons, organizations and
 * places, as token ranges (a token belongs to a mention when their offsets overlap). This is how
 * the rules are scored against CoNLL files, and how a tagger span is compared with what the rules
 * already found.
 */
import type { Extraction } from "@marsad/schema";
import type { Token } from "../text/tokens";
import type { EntitySpan, EntityType } from "./tags";

export function mentionSpans(
  tokens: readonly Token[],
  x: Pick<Extraction, "persons" | "organizations" | "locations">,
): EntitySpan[] {
  const out: EntitySpan[] = [];
  const add = (type: EntityType, m: { start: number; end: number }) => {
    let first = -1;
    let last = -1;
    for (const t of tokens) {
      if (t.end <= m.start || t.start >= m.end) continue;
      if (first < 0) first = t.i;
      last = t.i;
    }
    if (first >= 0) out.push({ type, first, last });
  };
  for (const p of x.persons) for (const m of p.mentions) add("PERS", m);
  for (const o of x.organizations) for (const m of o.mentions) add("ORG", m);
  for (const l of x.locations) for (const m of l.mentions) add("LOC", m);
  // Overlapping mentions (a place inside an organization's name): the longer one stands.
  out.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken = new Set<number>();
  const kept: EntitySpan[] = [];
  for (const s of out) {
    let free = true;
    for (let k = s.first; k <= s.last; k++) if (taken.has(k)) free = false;
    if (!free) continue;
    for (let k = s.first; k <= s.last; k++) taken.add(k);
    kept.push(s);
  }
  return kept.sort((a, b) => a.first - b.first);
}
