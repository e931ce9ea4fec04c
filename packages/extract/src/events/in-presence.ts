import type { PersonRead } from "../persons";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { Unit } from "./units";

// "بحضور محافظ إربد", "in the presence of the mayor": who is named after it attended.
const PRESENCE = new Set(["بحضور", "وبحضور", "in"].map((w) => matchKey(w)));

/**
 * "وجاء التوقيع في ختام مباحثات عقدت في المركز بحضور محافظ إربد X", "signed in the presence of
 * the mayor, Y": those named only after "in the presence of", told inside the sentence of an
 * occasion, attended it; they took no part in it (gold rule: attendees are no participants).
 */
export function presentOnly(tokens: readonly Pick<Token, "key">[], persons: readonly PersonRead[], u: Unit, cues: readonly CueHit[]): Set<number> {
  const out = new Set<number>();
  const at = cues.find((c) => c.kind === "attendance" && c.first > u.first + 1 && PRESENCE.has(tokens[c.first]!.key));
  if (!at) return out;
  persons.forEach((p, i) => {
    const here = p.tokenSpans.filter((s) => s.first >= u.first && s.last < u.last);
    if (here.length && here.every((s) => s.first > at.last)) out.add(i);
  });
  return out;
}
