import type { PersonRead } from "../persons";
import rules from "../rules/events.json";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import { clauseAfter, isReportVerb } from "./reported-clause";
import type { Unit } from "./units";

const hostileTrie = new PhraseTrie<true>([...rules.hostile.ar, ...rules.hostile.en].map((w) => [w, true] as const));

/** Whether every "other" cue of the unit tells an attack, a strike or a clash. */
export function onlyHostile(tokens: readonly Token[], text: string, cues: CueHit[]): boolean {
  const others = cues.filter((c) => c.kind === "other");
  return others.length > 0 && others.every((c) => hostileTrie.matchAt(tokens, c.first, text)?.last === c.last);
}

/**
 * The persons a unit names as the ones speaking: "وقال القائد X إن …", "X said the vote …", "X، الذي
 * قال إن …". What they speak of (an attack, a vote, an exercise) is not something they took part in.
 */
export function speakersIn(tokens: readonly Token[], persons: PersonRead[], u: Unit): Set<number> {
  const out = new Set<number>();
  for (let k = u.first; k < u.last; k++) {
    if (!isReportVerb(tokens[k]!)) continue;
    // Arabic names the speaker between the verb and "إن" or "أن"; English and a relative clause just before the verb.
    const clause = clauseAfter(tokens, k, u.last);
    const between = (f: number) => clause !== null && f > k && f < clause;
    const before = (l: number) => l < k && k - l <= 3;
    persons.forEach((p, idx) => {
      if (p.tokenSpans.some((s) => s.first >= u.first && s.last < u.last && (between(s.first) || before(s.last)))) out.add(idx);
    });
  }
  return out;
}

