import placeRules from "../rules/places.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";

const alone = new Set(placeRules.sitePurposeWords.alone.map((w) => matchKey(w)));
const withObject = new Set(placeRules.sitePurposeWords.withObject.map((w) => matchKey(w)));

/**
 * "ميدان X للتدريب", "مخيم X لإيواء النازحين": the words at `j`, right after a named site, that
 * say what the site is for and belong to its name; their last token, else -1.
 */
export function sitePurposeEnd(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t || t.lineStart || t.kind !== "word") return -1;
  if (alone.has(t.key)) return j;
  const object = tokens[j + 1];
  return withObject.has(t.key) && !!object && !object.lineStart && object.kind === "word" && object.key.startsWith("ال") ? j + 1 : -1;
}
