import type { PersonRead } from "./index";

/**
 * The learned tagger reads names that have no rank or role beside them; some are a person the
 * rules already hold, printed shorter ("صدام حفتر" for "الفريق صدام خليفة حفتر"). A tagged name
 * of two words or more is that person when it keeps the first and the last word of the person's
 * name and its other words in order, and exactly one person of the article fits. Names that share
 * words stay apart: "خليفة حفتر" does not start like "صدام خليفة حفتر", "أحمد خليفة" does not end
 * like "خليفة حفتر", and a short form two people fit joins neither.
 *
 * Folds each such tagged person into its owner (mentions, spans, name forms; the rank, role and
 * state the owner lacks) and removes it from `persons`.
 */
export function foldTaggedPersons(persons: PersonRead[], tagged: readonly PersonRead[]): void {
  const fromTagger = new Set(tagged);
  for (const t of tagged) {
    const name = t.keys[0];
    if (!name || name.length < 2) continue;
    const owners = persons.filter((p) => !fromTagger.has(p) && p.keys.some((k) => shortFormOf(name, k)));
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    owner.mentions.push(...t.mentions);
    owner.mentions.sort((a, b) => a.start - b.start);
    owner.tokenSpans.push(...t.tokenSpans);
    owner.roleSpans.push(...t.roleSpans);
    for (const k of t.keys) if (!owner.keys.some((o) => o.join(" ") === k.join(" "))) owner.keys.push(k);
    owner.rank ??= t.rank;
    owner.role ??= t.role;
    owner.country ??= t.country;
    persons.splice(persons.indexOf(t), 1);
  }
}

/** `short` keeps the first and last word of the longer `full`, and its other words in order. */
function shortFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length || short[0] !== full[0] || short.at(-1) !== full.at(-1)) return false;
  let j = 0;
  for (const w of full) if (w === short[j]) j++;
  return j === short.length;
}
