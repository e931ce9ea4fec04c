import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { PlaceAt } from "./sentence-places";

const TO = new Set(["إلى", "الى", "الي", "to"]);
// "زيارة رسمية", "a three-day official visit": a word or two may qualify the visit itself.
const FREE_WORDS = 2;
// How far the visitor's description may reach.
const REACH = 16;

/**
 * "خلال زيارة رسمية للرئيس الانتقالي لجمهورية X، محمد Y، إلى أبو ظبي", "the visit of the army
 * chief, General X, to Y": the visitor, named with his office between commas, stands between the
 * visit's noun and its destination; the place after "إلى" or "to" is where the visit went.
 */
export function destinationAfterVisitor(tokens: readonly Token[], cue: CueHit, here: readonly PlaceAt[], aboutPerson: (k: number) => boolean): PlaceAt | undefined {
  let free = 0;
  let person = false;
  for (let k = cue.last + 1; k < tokens.length && k - cue.last <= REACH; k++) {
    const t = tokens[k]!;
    if (TO.has(t.key)) return person ? here.find((h) => h.s.first === k + 1) : undefined;
    if (aboutPerson(k)) person = true;
    else if (t.kind === "punct" && /[,،]/u.test(t.text)) continue;
    else if (t.kind === "punct" || ++free > FREE_WORDS) return undefined;
  }
  return undefined;
}
