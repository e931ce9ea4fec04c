import placeRules from "../rules/places.json";
import type { Token } from "../text/tokens";

/*
 * "Kelbori, a border town in northern Mali": an apposition after a name and a comma saying it is a
 * town, village or port, with up to three lower-case words before the noun. Shared by the reading
 * of the name (english-cued-towns.ts) and of its state (printed-state.ts).
 */
const townNouns = new Set(placeRules.englishTownCues.townNouns);
const MAX_DESCRIPTION = 3;

/** The index of the town noun of an apposition after the name ending at `last`, or -1. */
export function townNounAfter(tokens: readonly Token[], last: number): number {
  const article = tokens[last + 2]?.key;
  if (tokens[last + 1]?.text !== "," || (article !== "a" && article !== "an" && article !== "the")) return -1;
  for (let k = last + 3; k <= last + 3 + MAX_DESCRIPTION; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.lineStart || t.capital) return -1;
    if (townNouns.has(t.key)) return tokens[k + 1]?.kind === "word" && !tokens[k + 1]!.capital && tokens[k + 1]!.key !== "council" ? k : -1;
  }
  return -1;
}
