import rules from "../rules/persons.json";
import { COMMAS } from "../text/punctuation";
import { readings, wordKey, type Token } from "../text/tokens";
import { isGivenName, ruleRankTrie, ruleTitleTrie } from "./vocabulary";

// Forms of address that are common nouns too (دولة a state, قداسة holiness).
const ADDRESS_ONLY = new Set(rules.addressesOnlyBeforeNames.ar.map((w) => wordKey(w)));

/**
 * "رئيس وزراء X، دولة Y Z", "قداسة البابا Y": a form of address that is also a common noun anchors a
 * name only before another title or rank or a known given name, or set off by a comma after the
 * office it addresses; before any other word it is the noun ("دولة شقيقة", "قداسة المكان"), and no title.
 */
export function addressWithoutName(tokens: readonly Token[], text: string, first: number, last: number): boolean {
  // "بدولة مدغشقر": read behind a proclitic too, the noun.
  if (first !== last || !readings(tokens[first]!.key).some((r) => ADDRESS_ONLY.has(r.key))) return false;
  const next = tokens[last + 1];
  if (!next || next.kind !== "word" || next.lineStart) return true;
  if (COMMAS.has(tokens[first - 1]?.text ?? "")) return false;
  return !isGivenName(next) && !ruleTitleTrie.matchAt(tokens, last + 1, text) && !ruleRankTrie.matchAt(tokens, last + 1, text);
}
