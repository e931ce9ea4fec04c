/**
 * Two names joined by و that the tagger read as one ("بريطانيا وفرنسا", "سليم وكريم"): news lists
 * states and persons so, and in ANERcorp each of them is an entity of its own (on its train file,
 * a word "وX" after a person or a place, X a known name of that type, opens a new entity about 26
 * times in 27). A name word that itself opens with و stays: the rest is then no name ("وقاص" after
 * أبي), or a foreign name's w-sound ("وايت", "وينفري": و before ي or a bare alef).
 */
import { givenNameKeys, NAME_CONNECTORS } from "../persons/vocabulary";
import type { Token } from "../text/tokens";
import type { NameLexicon } from "./cues";
import type { EntitySpan } from "./tags";

/** أبي, the genitive of the connector أبو ("سعد بن أبي وقاص"), folded. */
const GENITIVE_ABU = "ابي";

/** Whether token `k` is "و" printed on a name of `type` that follows another name of it. */
function opensConjoinedName(tokens: readonly Token[], k: number, type: string, names: NameLexicon): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1]!;
  // "وسام", "وليد": a given name that opens with و is the name itself.
  if (!t.arabic || !t.key.startsWith("و") || t.key.length < 4 || givenNameKeys.has(t.key)) return false;
  const rest = t.key.slice(1);
  if (type === "PERS" && givenNameKeys.has(rest)) return true;
  if (NAME_CONNECTORS.has(before.key) || before.key === GENITIVE_ABU || /^(ي|ا(?!ل))/.test(rest))
    return false;
  return names(rest)?.split(":")[0] === type;
}

/** The spans of persons and places cut before each name joined to the one before it by و. */
export function splitConjoinedNames<S extends EntitySpan>(
  tokens: readonly Token[],
  spans: readonly S[],
  names: NameLexicon,
): S[] {
  const out: S[] = [];
  for (const s of spans) {
    let open = s;
    if (s.type === "PERS" || s.type === "LOC")
      for (let k = s.first + 1; k <= s.last; k++)
        if (opensConjoinedName(tokens, k, s.type, names)) {
          out.push({ ...open, last: k - 1 });
          open = { ...open, first: k };
        }
    out.push(open);
  }
  return out;
}
