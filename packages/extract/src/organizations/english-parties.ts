import type { Ctx } from "../persons/anchor-spans";
import { isStopToken } from "../persons/vocabulary";
import type { OrgMention } from "./index";

/**
 * "a lawmaker from the ruling Georgian Dream party", "the opposition Civic Union party": English
 * news prints a party's name in capitals before the word "party" in lower case, which is no part
 * of the name. A nationality opening the run belongs to the name ("Georgian Dream"); a nationality
 * or a place alone ("the Georgian party") names no party.
 */

const PARTY = "party";
const MAX_WORDS = 4;

export function findNamesBeforeParty(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  if (ctx.doc.language !== "en") return [];
  const out: OrgMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i]!;
    if (noun.key !== PARTY || noun.capital || noun.arabic) continue;
    let first = i;
    while (first > i - MAX_WORDS) {
      const t = tokens[first - 1];
      if (!t || t.kind !== "word" || t.arabic || !t.capital || t.key === "the" || (isStopToken(t) && !ctx.placeAt[first - 1])) break;
      first--;
      if (t.lineStart) break;
    }
    if (first === i || tokens[first]!.lineStart) continue;
    // The word before the name is an article or a lower-case word saying which party ("ruling").
    const before = tokens[first - 1];
    if (!before || before.kind !== "word" || before.capital) continue;
    let placesOnly = true;
    for (let k = first; k < i; k++) if (!ctx.placeAt[k]) placesOnly = false;
    if (placesOnly) continue;
    const start = tokens[first]!.start;
    const end = tokens[i - 1]!.end;
    out.push({ first, last: i - 1, start, end, surface: text.slice(start, end), fixed: false, inTitle: false });
  }
  return out;
}
