import rules from "../rules/events.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

const WELCOMES = /^و?(رحب|رحبت|يرحب|ترحب)$/u;
const THINGS = new Set(rules.reactionObjects.ar.map(matchKey));
// How far after the verb its object may come: the subject, with its office, stands between them.
const OBJECT_REACH = 16;

/**
 * "رحب وزير الدفاع X بالقرار": a welcome given to a decision, an agreement or a ruling is a reaction
 * spoken by X, not a meeting with a guest ("رحب الوزير بضيفه", "رحب بالوفد").
 */
export function welcomesAThing(tokens: readonly Pick<Token, "text">[], c: CueHit, last: number): boolean {
  if (!WELCOMES.test(tokens[c.first]!.text)) return false;
  for (let k = c.last + 1; k < last && k - c.last <= OBJECT_REACH; k++) if (THINGS.has(matchKey(tokens[k]!.text))) return true;
  return false;
}
