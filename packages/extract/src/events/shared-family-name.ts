import type { PersonRead } from "../persons";
import type { Token } from "../text/tokens";
import type { EventRead } from "./event-read";
import type { Unit } from "./units";

/**
 * "كما التقى المري وزيرة …", "was welcomed by Kaliňák" in an article that names two of the family (the company's head who
 * signed, and the ambassador who attended): the family name alone was left unread, for it fits
 * both. Of those, the one who took part in the occasions told before is the story's actor the
 * report goes on calling by his family name; an attendee is named in full when named again.
 * Returns the persons so named in the unit, when exactly one bearer of the name took part before.
 */
export function sharedFamilyActors(tokens: readonly Token[], persons: PersonRead[], u: Unit, found: readonly EventRead[]): number[] {
  const taken = new Set<number>();
  // Only the unit's own words are asked about: a name's words elsewhere in the article are not gathered.
  for (const p of persons) for (const s of p.tokenSpans) for (let k = Math.max(s.first, u.first); k <= s.last && k < u.last; k++) taken.add(k);
  const tookPart = new Set(found.flatMap((e) => e.participants));
  // The bearers of each family name (the last word of a name of two words or more), found once
  // per unit rather than by a pass over every person at every word.
  const bearersOf = new Map<string, number[]>();
  persons.forEach((p, idx) => {
    for (const ks of p.keys) {
      if (ks.length < 2) continue;
      const list = bearersOf.get(ks.at(-1)!) ?? [];
      if (list.at(-1) !== idx) list.push(idx);
      bearersOf.set(ks.at(-1)!, list);
    }
  });
  const out: number[] = [];
  for (let k = u.first; k < u.last; k++) {
    const t = tokens[k]!;
    // An English family name is capitalised ("welcomed by Gram"); a lower-case word is a common one.
    if (t.kind !== "word" || (!t.arabic && !/^\p{Lu}/u.test(t.text)) || taken.has(k)) continue;
    const bearers = bearersOf.get(t.key) ?? [];
    if (bearers.length < 2) continue;
    const actors = bearers.filter((idx) => tookPart.has(idx));
    if (actors.length === 1 && !out.includes(actors[0]!)) out.push(actors[0]!);
  }
  return out;
}
