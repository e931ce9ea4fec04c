import type { PersonRead } from "../persons";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";
import type { Unit } from "./units";

// "according to X", "بحسب X": the person the report is sourced to.
const SOURCE_CUES = new PhraseTrie<true>(["according to", "بحسب", "حسب", "وفقا", "وفقاً"].map((p) => [p, true] as const));
// English names the source right after the phrase; Arabic may put an office first ("بحسب المتحدث باسم الجيش العقيد X").
const REACH_EN = 1;
const REACH_AR = 8;

/**
 * The persons a unit cites as the source of what it tells ("According to Muchanga, the attackers
 * withdrew after an exchange of fire", "وبحسب المتحدث X، انسحب المسلحون"): they tell of the
 * happening, they took no part in it.
 */
export function citedSources(tokens: readonly Token[], text: string, persons: PersonRead[], u: Unit, english: boolean): Set<number> {
  const out = new Set<number>();
  const reach = english ? REACH_EN : REACH_AR;
  for (let k = u.first; k < u.last; k++) {
    const m = SOURCE_CUES.matchAt(tokens, k, text);
    if (!m) continue;
    persons.forEach((p, idx) => {
      if (p.tokenSpans.some((s) => s.first > m.last && s.first - m.last <= reach && s.last < u.last)) out.add(idx);
    });
  }
  return out;
}
