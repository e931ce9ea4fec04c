import placeRules from "../rules/places.json";
import type { HeadedPlace } from "./locations";
import type { Ctx } from "../persons/anchor-spans";
import { nameWord, place } from "./english-unlisted-places";

/*
 * Villages and small towns of English wire copy that no list holds, named by the words around them:
 * the local name of a state's smallest unit before the name ("in Barangay Langa"), a lower-case
 * "town" or "village" after it ("surrendered in Tarik town", "from Kalo village"), or a listed
 * province after a comma ("in Tarik, Sulu"). Their state comes as for any unlisted place (what the
 * text prints by the name, else the sentence's or the report's state).
 */

const words = placeRules.englishVillageWords;
const BEFORE = new Set(words.before.map((w) => w.toLowerCase()));
const AFTER = new Set(words.after);
const COMPOUNDS = new Set(words.compounds);
/** Prepositions of place before a town's name. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "to", "of", "into", "outside", "around"]);
const MAX_NAME_WORDS = 2;

/** The last token of up to two capitalized name words from `first`, or -1. */
function nameEnd(ctx: Ctx, first: number): number {
  if (!nameWord(ctx, first)) return -1;
  let last = first;
  while (last < first + MAX_NAME_WORDS - 1 && nameWord(ctx, last + 1)) last++;
  return last;
}

export function findEnglishVillageNames(ctx: Ctx): HeadedPlace[] {
  const { tokens } = ctx.doc;
  const out: HeadedPlace[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.arabic || t.kind !== "word") continue;
    // "Barangay Langa": the unit's word, then the name.
    if (t.capital && BEFORE.has(t.key)) {
      const last = tokens[i + 1]?.lineStart ? -1 : nameEnd(ctx, i + 1);
      if (last > i) {
        out.push(place(ctx, i + 1, last, "city"));
        i = last;
      }
      continue;
    }
    if (!PLACE_PREPOSITIONS.has(t.key)) continue;
    const last = nameEnd(ctx, i + 1);
    if (last < 0) continue;
    const next = tokens[last + 1];
    // "in Tarik town", not "the Tarik town council".
    const byNoun = !!next && !next.lineStart && !next.capital && AFTER.has(next.key) && !COMPOUNDS.has(tokens[last + 2]?.key ?? "");
    if (byNoun || provinceAfterComma(ctx, last)) {
      out.push(place(ctx, i + 1, last, "city"));
      i = last;
    }
  }
  return out;
}

/** "Tarik, Sulu on Monday": a listed province (no state, no town) after a comma, ending the phrase. */
function provinceAfterComma(ctx: Ctx, last: number): boolean {
  const { tokens } = ctx.doc;
  if (tokens[last + 1]?.text !== "," || tokens[last + 2]?.lineStart) return false;
  const p = ctx.placeAt[last + 2];
  if (!p || p.kind !== "region" || !p.iso2 || p.viaDemonym || p.firstToken !== last + 2) return false;
  const after = tokens[p.lastToken + 1];
  return !after || after.kind === "punct" || after.lineStart || !after.capital;
}
