import type { Ctx } from "../persons/anchor-spans";
import { ordinalSuffixAfter } from "../text/english-marks";
import type { OrgMention } from "./index";

/**
 * "The 11th Infantry Division said …", "Poland's 16th Mechanised Division laid a bridge": English
 * news names a military formation by its number, an ordinal in figures, then capitalized words of
 * its arm and the formation's noun. The number is part of the name (no other unit of the army has
 * it). Whether it is listed is the caller's: inside a title ("commander of the 3rd Brigade") it is
 * part of the office.
 */

const FORMATIONS = new Set(["division", "brigade", "battalion", "regiment", "squadron", "fleet", "corps", "army", "wing", "flotilla"]);
/** Capitalized words of the arm between the number and the formation ("Mechanised Infantry"). */
const MAX_ARM_WORDS = 3;

export function findNumberedUnits(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  if (ctx.doc.language !== "en") return [];
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const suffix = ordinalSuffixAfter(tokens, i);
    if (suffix < 0) continue;
    let last = -1;
    for (let k = suffix + 1; k <= suffix + 1 + MAX_ARM_WORDS && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word" || t.arabic || !t.capital || t.lineStart) break;
      if (FORMATIONS.has(t.key)) last = k;
    }
    if (last < 0) continue;
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    out.push({ first: i, last, start, end, surface: text.slice(start, end), fixed: false, inTitle: false });
    i = last;
  }
  return out;
}
