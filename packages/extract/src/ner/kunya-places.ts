import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";

/**
 * "سكان أبي الخصيب", "قضاء أبو X", "بلدة أبو Y": many towns and districts bear a kunya-shaped name
 * (أبو/أبي/أبا + a word). Right after a noun of dwellers or of a town or district such a name is
 * the place, not a man called Abu X: people are "of" a place, and a district is not "of" a man
 * without the article or an office between them.
 */
const PLACE_NOUNS = new Set(["سكان", "أهالي", "أهل", "بلدة", "قضاء", "ناحية", "قرية", "مدينة", "حي", "مخيم", "منطقة", "بلدات", "قرى", "أحياء"].map(matchKey));
const KUNYA = new Set(["أبو", "أبي", "أبا"].map(matchKey));

const bareKey = (t: Token) => t.key.replace(/^[وفبل]+/u, "");

/** A span opening with a kunya right after such a noun (the noun may carry و، ف، ب، ل). */
export function kunyaPlaceAfterNoun(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first];
  const before = tokens[first - 1];
  if (!t || !before || t.kind !== "word" || before.kind !== "word" || t.lineStart) return false;
  return KUNYA.has(t.key) && (PLACE_NOUNS.has(before.key) || PLACE_NOUNS.has(bareKey(before)));
}
