import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { rawOffsetAfterLetters, readings, tokenReadsAs } from "../text/tokens";
import type { OrgMention } from "./index";

/**
 * "الهيئة الموسعة لمحكمة التمييز", "وأصدرت الحكم هيئة المحكمة": the bench a court sits as is that
 * court judging, no body of its own. A bench of a named court is listed as the court; a bench of
 * "المحكمة" alone points back at a court told before, and names none.
 */

const PANEL = new Set([matchKey("هيئة"), matchKey("الهيئة")]);
const COURT = matchKey("محكمة");
// How many adjectives of the bench may stand between it and the court ("الهيئة العامة الموسعة").
const MAX_ADJECTIVES = 2;

/** The mention as the court its bench belongs to, null for a bench of a court told before, or the mention itself. */
export function courtOfPanel(ctx: Ctx, o: OrgMention): OrgMention | null {
  const { tokens, text } = ctx.doc;
  if (!tokens[o.first]!.arabic || !tokenReadsAs(tokens[o.first]!, PANEL)) return o;
  let k = o.first + 1;
  while (k <= o.last && k <= o.first + MAX_ADJECTIVES && tokens[k]!.key.startsWith("ال") && !readings(tokens[k]!.key).some((r) => r.key.endsWith(COURT))) k++;
  const court = tokens[k];
  if (k > o.last || !court) return o;
  const reading = readings(court.key).find((r) => r.key === COURT || r.key === "ال" + COURT);
  if (!reading) return o;
  if (k === o.last) return reading.key === COURT ? o : null;
  // "لمحكمة التمييز", "للمحكمة العليا": the ل that ties the bench to the court is no part of the court's name.
  const start = court.start + rawOffsetAfterLetters(court.text, reading.cut);
  return { ...o, first: k, start, surface: (reading.alef ? "ا" : "") + text.slice(start, o.end) };
}
