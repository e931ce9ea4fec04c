import rules from "../rules/places.json";
import { tokenReadsAs, type Token } from "../text/tokens";
import { matchKey } from "../text/normalize";

/**
 * "مركز تدريب الطيارين", "مركز المراقبة الساحلية", "مركز قيادة": مركز names institutions as well
 * as places, and one named by the work it does is a unit or a facility of a body, no place of the
 * story; one named after a place or a person ("مركز حدود جابر", "مركز الملك X") is a site. Word
 * list: rules/places.json (centreWorkNouns).
 */
const centreKeys = new Set([matchKey("مركز")]);
const workKeys = new Set(rules.centreWorkNouns.ar.map((w) => matchKey(w)));

/** Whether the site noun at `head` is مركز followed by a noun of its work, with or without the article. */
export function isWorkNamedCentre(tokens: readonly Token[], head: number): boolean {
  const next = tokens[head + 1];
  const t = tokens[head];
  if (!t || !tokenReadsAs(t, centreKeys) || !next || next.lineStart || next.kind !== "word") return false;
  return isCentreWorkNoun(next);
}

/** Whether the word, with or without the article, is a noun of the work a centre does. */
export function isCentreWorkNoun(t: Token): boolean {
  return workKeys.has(t.key) || (t.key.startsWith("ال") && workKeys.has(t.key.slice(2)));
}
