import placeRules from "../rules/places.json";
import type { SiteMention } from "./locations";
import type { Token } from "../text/tokens";
import { isPossessiveS, ordinalSuffixAfter } from "../text/english-marks";
import { DESCRIBING, VENUE_BEFORE } from "./english-at-venues";

/*
 * "held talks at the immigration building of the Northgate border crossing", "met at the regional
 * administration building in Port Amber", "visited the headquarters of the 4th Mountain Brigade",
 * "visited the Coast Command's rescue coordination centre": a building named by common words in
 * lower case is the most specific place the text gives an occasion, when it is tied to a name, by
 * "of the" and a capitalized name, by "in" and a town, or by its owner in the possessive. The site
 * is read with its complement ("… in Port Amber"), without the owner ("rescue coordination
 * centre"). A bare "at the building" names nothing. Words: `englishCommonVenues` in
 * rules/places.json.
 */

const HEADS = new Set(placeRules.englishCommonVenues.heads);
const VISITED_HEADS = new Set(placeRules.englishCommonVenues.visitedHeads);
const VISIT_VERBS = new Set(["visited", "toured"]);
const NOT_MODIFIERS = new Set(placeRules.englishCommonVenues.notModifiers);
const MAX_MODIFIERS = 3;
const BUILDING_NOUNS = new Set(["building", "buildings"]);
const MAX_NAME = 6;

const word = (t: Token | undefined): t is Token => !!t && t.kind === "word" && !t.arabic && !t.lineStart;
const lowerWord = (t: Token | undefined): t is Token => word(t) && !t.capital;

/** The last token of a capitalized name from `first` (an ordinal in figures may open it: "4th Mountain Brigade"), or first - 1. */
function nameEnd(tokens: readonly Token[], first: number): number {
  let k = first;
  const suffix = ordinalSuffixAfter(tokens, k);
  if (suffix >= 0) k = suffix + 1;
  let last = first - 1;
  for (; k < first + MAX_NAME; k++) {
    const t = tokens[k];
    if (word(t) && t.capital) last = k;
    else break;
  }
  // "the Northgate border crossing": one or two lower-case words that end in a site's noun.
  if (last >= first) {
    if (lowerWord(tokens[last + 1]) && HEADS.has(tokens[last + 1]!.key)) return last + 1;
    if (lowerWord(tokens[last + 1]) && lowerWord(tokens[last + 2]) && HEADS.has(tokens[last + 2]!.key) && !NOT_MODIFIERS.has(tokens[last + 1]!.key)) return last + 2;
  }
  return last;
}

/** Past the words of newness that open a described building ("the new …", "the newly built …"): no part of its name. */
function pastNewness(tokens: readonly Token[], first: number): number {
  const t = tokens[first];
  if (!lowerWord(t) || !(t.key === "new" || /ly$/u.test(t.key)) || !DESCRIBING.test(t.key)) return first;
  let k = first + 1;
  while (lowerWord(tokens[k]) && /ed$/u.test(tokens[k]!.key) && !HEADS.has(tokens[k]!.key)) k++;
  return k;
}

/** The token that ends the complement tying the site at `head` to a name, or -1; `at` also ties a visited base to its town. */
function complementEnd(tokens: readonly Token[], head: number, at = false): number {
  const prep = tokens[head + 1];
  if (!lowerWord(prep)) return -1;
  if (prep.key === "of" && tokens[head + 2]?.key === "the") {
    const end = nameEnd(tokens, head + 3);
    // "the building of the Ministry of Health": a name that goes on is no site's name read whole.
    return end >= head + 3 && tokens[end + 1]?.key !== "of" ? end : -1;
  }
  if (prep.key === "in" || (at && prep.key === "at")) {
    let end = head + 1;
    while (word(tokens[end + 1]) && tokens[end + 1]!.capital && end - head < 4) end++;
    return end > head + 1 ? end : -1;
  }
  return -1;
}

function mention(tokens: readonly Token[], text: string, first: number, last: number): SiteMention {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { first, last, start, end, surface: text.slice(start, end), venue: true };
}

export function findEnglishCommonVenues(tokens: readonly Token[], text: string): SiteMention[] {
  const out: SiteMention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const prep = tokens[i]!;
    if (!word(prep) || !VENUE_BEFORE.has(prep.key) || tokens[i + 1]?.key !== "the") continue;
    let first = i + 2;
    // "the Coast Command's rescue coordination centre", "the ministry's headquarters": the owner is who holds it.
    let owned = false;
    const owner = first;
    const ownerEnd = nameEnd(tokens, first);
    const lowerOwner = lowerWord(tokens[first]) && !NOT_MODIFIERS.has(tokens[first]!.key) && isPossessiveS(tokens, first + 2);
    if ((ownerEnd >= first && tokens[ownerEnd]!.capital && isPossessiveS(tokens, ownerEnd + 2)) || lowerOwner) {
      first = (lowerOwner ? first : ownerEnd) + 3;
      owned = true;
    }
    first = pastNewness(tokens, first);
    // "visited the naval base at X": a base or camp is a site only as what a visit went to, held by no owner.
    const visited = VISIT_VERBS.has(prep.key) && !owned;
    const isHead = (t: Token) => HEADS.has(t.key) || (visited && VISITED_HEADS.has(t.key));
    let head = first;
    while (head < first + MAX_MODIFIERS && lowerWord(tokens[head]) && !isHead(tokens[head]!) && !NOT_MODIFIERS.has(tokens[head]!.key)) head++;
    const h = tokens[head];
    if (!lowerWord(h) || !isHead(h)) continue;
    // "the headquarters building": the last of two heads in a row.
    if (lowerWord(tokens[head + 1]) && HEADS.has(tokens[head + 1]!.key)) head++;
    // "at the headquarters of the X Command": the body's seat, read by english-at-venues.ts.
    if (head === first && h.key === "headquarters" && !owned) continue;
    const end = complementEnd(tokens, head, visited && VISITED_HEADS.has(h.key));
    if (end >= 0) {
      // "the Naval Prefecture's station in Posadas": tied to its town, the site is read with the owner that tells it apart.
      out.push(mention(tokens, text, owned && tokens[head + 1]!.key === "in" ? owner : first, end));
      // "of the Velmar border crossing": the site the building stands at is a site of the story too.
      const inner = tokens[head + 1]!.key === "of" ? head + 3 : -1;
      if (inner > 0 && inner < end && !tokens[end]!.capital) out.push(mention(tokens, text, inner, end));
    }
    // "the Navy's patrol base at Walu Bay": the place named after it is where it stands, and the place meant.
    else if (owned && !lowerOwner && head > first && !(["at", "in"].includes(tokens[head + 1]?.key ?? "") && tokens[head + 2]?.capital)) out.push(mention(tokens, text, first, head));
    // "met at the provincial administration building": a building named by two words of what it
    // houses is a kind of public building, named so as its own; a lone word ("the main building")
    // describes a building of a place named elsewhere.
    else if (!owned && !visited && head - first >= 2 && BUILDING_NOUNS.has(h.key)) out.push(mention(tokens, text, first, head));
    else continue;
    i = out.at(-1)!.last;
  }
  return out;
}
