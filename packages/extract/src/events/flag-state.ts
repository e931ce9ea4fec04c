import rules from "../rules/events.json";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";
import type { Unit } from "./units";

const flagOf = new PhraseTrie<true>([...rules.flagOf.ar, ...rules.flagOf.en].map((p) => [p, true] as const));

/**
 * The places a unit names as the flag a ship flies ("سفينة ترفع علم بنما", "flying the flag of
 * Malta", "a Liberia-flagged tanker"): the state the ship is registered in, which says nothing of
 * where the happening took place. Only a place right after the phrase (or right before "flagged").
 * `placeSpans` are the places the unit prints.
 */
export function flagStateAt(tokens: readonly Token[], u: Unit, text: string, placeSpans: { first: number; last: number }[]): (k: number) => boolean {
  const flags: { first: number; last: number }[] = [];
  for (let i = u.first; i < u.last; i++) {
    const m = flagOf.matchAt(tokens, i, text);
    if (!m) continue;
    // "flag of the Marshall Islands": the article may stand between.
    const at = tokens[m.last + 1]?.key === "the" ? m.last + 2 : m.last + 1;
    flags.push(...placeSpans.filter((s) => s.first === at));
  }
  for (const s of placeSpans) {
    const after = tokens[s.last + 1]?.text === "-" ? s.last + 2 : s.last + 1;
    if (tokens[after]?.key === "flagged" && s.last < u.last) flags.push(s);
  }
  return (k) => flags.some((s) => k >= s.first && k <= s.last);
}

const FLAG_PHRASES = [...rules.flagOf.ar, ...rules.flagOf.en];

/**
 * Whether the place printed at [start, end) is the flag a ship flies ("ترفع علم بنما", "flying
 * the flag of Malta", "a Liberia-flagged tanker"), read on the text: that state is no party to
 * the happening its clause tells either.
 */
export function printedAsFlag(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start).replace(/\s+(the\s+)?$/iu, "").toLowerCase();
  return FLAG_PHRASES.some((p) => before.endsWith(p)) || /^-?\s?flagged\b/iu.test(text.slice(end, end + 9));
}
