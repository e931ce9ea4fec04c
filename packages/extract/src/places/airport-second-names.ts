import type { Ctx } from "../persons/anchor-spans";
import { isCalendarWord, isStopToken } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";
import { tokenReadsAs } from "../text/tokens";

/*
 * "مطار جانت تيسكا", "مطار ماروا سالاك": an airport is often named by its town and a second name
 * of its own (the locality, a figure's name). A bare word right after the listed town that closes
 * the phrase (a comma, a full stop or a preposition follows) is that second name, not the object
 * of the sentence ("في مطار جانت مسؤولون محليون" goes on with another word and stays out), nor a
 * circumstantial word describing the traveller ("قادما", "متجها", "قادمة").
 */

const airportKeys = new Set([matchKey("مطار")]);
/** فاعلا, مفعلا (قادما, عائدا, متجها, مغادرا) and a feminine ending: a state of the subject, no name. */
const DESCRIBES_SUBJECT = /^(?:[\u0621-\u064A]ا[\u0621-\u064A]+ا|م[\u0621-\u064A]+ا|[\u0621-\u064A]+[هة])$/u;

/** The word at `j` is the second name of the airport whose noun is at `head`, after the town ending at `j - 1`. */
export function airportSecondName(ctx: Ctx, head: number, j: number): boolean {
  const { tokens } = ctx.doc;
  const town = ctx.placeAt[j - 1];
  const t = tokens[j]!;
  if (!town || town.viaDemonym || town.kind !== "city" || town.firstToken !== head + 1 || town.lastToken !== j - 1) return false;
  if (!tokenReadsAs(tokens[head]!, airportKeys) || t.lineStart || t.kind !== "word" || !t.arabic || ctx.placeAt[j] || isCalendarWord(t)) return false;
  if (/^(ال|لل|و|ف)/u.test(t.key) || DESCRIBES_SUBJECT.test(t.key) || isStopToken(t)) return false;
  const next = tokens[j + 1];
  return !next || next.lineStart || next.kind !== "word" || isStopToken(next);
}
