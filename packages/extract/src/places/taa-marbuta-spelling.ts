/*
 * "ومفتوح أمام زواره" (open to its visitors) names no Zuwara (زوارة): the matching key folds ة into
 * ه, yet an article that writes ة at the end of its words writes a town's ة so too, and the same
 * letters ending in ه are another word there, most often a noun with the pronoun "his" or "its".
 * Only a name of one word is read so: a longer one is a name still ("بحر إيجه", as the Aegean is
 * often spelt).
 * Articles that print ه for every ة ("القاهره", some Egyptian sites) are read as before.
 */

// Words ending in ة: an article that prints a few of them writes the letter.
const TAA_MARBUTA_WORD = /\p{L}ة(?=[^\p{L}\p{M}]|$)/gu;
const ENOUGH = 3;

/** Whether the article prints ة at the end of its words. */
export function writesTaaMarbuta(text: string): boolean {
  let n = 0;
  for (const _ of text.matchAll(TAA_MARBUTA_WORD)) if (++n >= ENOUGH) return true;
  return false;
}

/** Whether the one word `surface` ends in ه where the listed `name` ends in ة, in an article that writes ة. */
export function isHaForTaaMarbuta(name: string, surface: string, writesTaa: boolean): boolean {
  return writesTaa && name.endsWith("ة") && surface.endsWith("ه");
}
