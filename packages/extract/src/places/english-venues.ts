import type { Token } from "../text/tokens";

// "the Government Building(s)", "the Saigon Exhibition and Convention Centre": a building or a centre
// of exhibitions or conventions named in capitals after "the" is the venue where things happen,
// though its name opens with a body's word (Government) or joins two fields with "and"; it is a
// place, not the body a capitalized run before a head would otherwise be.
const venueHeads = new Set(["building", "buildings", "centre", "center"]);
const MAX_WORDS = 5;

/** The first token of a venue's name whose capitalized head ends at `last`, or -1. */
export function venueNameStart(tokens: readonly Token[], headFirst: number, last: number): number {
  const head = tokens[last];
  if (!head || head.arabic || !head.capital || !venueHeads.has(head.key)) return -1;
  let first = headFirst;
  while (first > headFirst - MAX_WORDS) {
    const prev = tokens[first - 1];
    if (!prev || prev.kind !== "word" || prev.arabic || tokens[first]!.lineStart) return -1;
    if (prev.key === "the") return first < headFirst || headFirst < last ? first : -1;
    // "Exhibition and Convention Centre": "and" between two capitalized words.
    if (prev.key === "and" && tokens[first - 2]?.capital && tokens[first]!.capital) {
      first -= 2;
      continue;
    }
    if (!prev.capital) return -1;
    first--;
  }
  return -1;
}
