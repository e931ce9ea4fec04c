import placeRules from "../rules/places.json";
import type { SiteMention } from "./locations";
import type { Token } from "../text/tokens";
import { DASHES } from "../text/punctuation";
import { ROMANCE_OF } from "../text/romance-particles";

/*
 * "on the El Wak–Kotulo road", "the Juba-Nimule highway": a road named by the two places it
 * links, printed with a dash and no space between them, is a site of the story; neither half alone
 * is the place meant. Words: `englishLinkingWays` in rules/places.json.
 */

const WAYS = new Set(placeRules.englishLinkingWays.en.map((w) => w.toLowerCase()));
const MAX_WORDS = 3;
// Lower-case nouns of a part of a road printed after its noun.
const ROAD_PARTS = new Set(["section", "stretch"]);

const nameWord = (t: Token | undefined): t is Token => !!t && t.kind === "word" && !t.arabic && t.capital && !t.lineStart;

/** The first token of the capitalized name (Romance particles inside kept) that ends at `last`, or -1. */
function nameStart(tokens: readonly Token[], last: number): number {
  if (!nameWord(tokens[last])) return -1;
  let first = last;
  for (let words = 1; words < MAX_WORDS; words++) {
    if (nameWord(tokens[first - 1])) first--;
    else if (ROMANCE_OF.has(tokens[first - 1]?.key ?? "") && nameWord(tokens[first - 2])) first -= 2;
    else break;
  }
  return first;
}

/** The state of the first listed place within first..last, or null. */
function stateWithin(stateAt: (k: number) => string | null, first: number, last: number): string | null {
  for (let k = first; k <= last; k++) {
    const state = stateAt(k);
    if (state) return state;
  }
  return null;
}

/** `stateAt`: the state of the listed place at a token, if any. */
export function findLinkingRoads(tokens: readonly Token[], text: string, stateAt: (k: number) => string | null): SiteMention[] {
  const out: SiteMention[] = [];
  for (let i = 3; i < tokens.length; i++) {
    const way = tokens[i]!;
    if (way.kind !== "word" || way.arabic || way.lineStart || !WAYS.has(way.key)) continue;
    const second = nameStart(tokens, i - 1);
    const dash = tokens[second - 1];
    // The dash joins the two names with no space on either side.
    if (second < 0 || !dash || !DASHES.has(dash.text) || dash.start !== tokens[second - 2]?.end || dash.end !== tokens[second]!.start) continue;
    const first = nameStart(tokens, second - 2);
    if (first < 0) continue;
    const start = tokens[first]!.start;
    // "the Kenya–Somalia road", "the Cúcuta–San Antonio road": joining two states, it is neither's.
    const from = stateWithin(stateAt, first, second - 2);
    const to = stateWithin(stateAt, second, i - 1);
    // "the X–Y road section": the part of the road is the site the text names.
    const part = tokens[i + 1];
    const last = part && part.kind === "word" && !part.lineStart && ROAD_PARTS.has(part.text) ? i + 1 : i;
    const end = tokens[last]!.end;
    out.push({ first, last, start, end, surface: text.slice(start, end), placeOnly: true, crossesBorder: !!from && !!to && from !== to });
  }
  return out;
}
