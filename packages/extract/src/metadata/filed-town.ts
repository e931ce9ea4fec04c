import { findPlaceHits } from "../places/gazetteer";
import { tokenize } from "../text/tokens";
import { keptPerString } from "../text/kept-per-string";

/**
 * Whether a short string opening a dateline names a place, its town read as a dateline reads it:
 * a town whose name is also a common word ("المفرق" the fork, "الزرقاء" the blue) needs a cue
 * inside a sentence, but a dateline names the city it was filed from.
 */
export const isFiledTown = keptPerString((phrase: string): boolean => {
  const tokens = tokenize(phrase);
  const hits = findPlaceHits(tokens, phrase, 0).filter((h) => !h.viaDemonym);
  return hits.length > 0 && hits[0]!.firstToken === 0 && hits[hits.length - 1]!.lastToken >= tokens.filter((t) => t.kind !== "punct").length - 1;
});
