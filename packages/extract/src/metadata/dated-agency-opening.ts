import { findDates } from "../dates/find";
import type { Doc, Line } from "../document";
import { isPlaceName } from "../places/gazetteer";
import { isAgencyCode, knownOutlet } from "./outlets";

/**
 * "الرياض 8 فبراير 2027 م واس استقبل …": a wire's dateline with no dash, the place filed from, its
 * date (both calendars maybe: "جدة 20 رجب 1448 هـ الموافق 8 فبراير 2027 م"), then the agency's
 * name or code, bare or in brackets, and the report right after it. The agency must be a listed
 * agency or have a code's shape, so a lead that opens with a place and a date ("الرياض 8 فبراير
 * شهدت …") is no dateline. Returns the token after the agency, or -1.
 */
export function datedAgencyOpeningEnd(doc: Doc, body: Line): number {
  const { tokens } = doc;
  let place = -1;
  for (let n = 1; n <= 3 && body.first + n < body.last; n++) {
    if (tokens[body.first + n - 1]!.kind !== "word") break;
    if (isPlaceName(doc.text.slice(tokens[body.first]!.start, tokens[body.first + n - 1]!.end))) place = body.first + n;
  }
  if (place < 0) return -1;
  // "Trincomalee (Sri Lanka), June 14, 2023 (PTI)": the town's state in brackets after it.
  place = pastBracketedState(doc, place, body.last);
  let k = tokens[place]?.key === "في" ? place + 1 : place;
  const dates = findDates(tokens, doc.text, k, Math.min(body.last, k + 16), doc.language === "en");
  let end = -1;
  for (const d of dates) {
    const from = end < 0 ? k : end;
    if (d.firstToken !== skipGlue(doc, from, d.firstToken)) break;
    end = d.lastToken + 1;
  }
  if (end < 0) return -1;
  k = skipGlue(doc, end, end + 2);
  const bracketed = tokens[k]?.text === "(";
  const start = bracketed ? k + 1 : k;
  for (let n = 3; n >= 1; n--) {
    const last = start + n - 1;
    if (last >= body.last) continue;
    if (bracketed && tokens[last + 1]?.text !== ")") continue;
    const name = doc.text.slice(tokens[start]!.start, tokens[last]!.end);
    if (knownOutlet(name)?.kind !== "agency" && !(n > 1 && isAgencyCode(name))) continue;
    const after = bracketed ? last + 2 : last + 1;
    // The report opens right after the agency.
    return tokens[after]?.kind === "word" && after < body.last ? after : -1;
  }
  return -1;
}

/** The token after a state in brackets at `k` ("(Sri Lanka)", "(شمال سوريا)"), else `k`. */
function pastBracketedState(doc: Doc, k: number, limit: number): number {
  const { tokens } = doc;
  if (tokens[k]?.text !== "(") return k;
  for (let close = k + 2; close < Math.min(limit, k + 6); close++) {
    if (tokens[close]!.text !== ")") continue;
    const state = doc.text.slice(tokens[k + 1]!.start, tokens[close - 1]!.end);
    return isPlaceName(state) ? close + 1 : k;
  }
  return k;
}

// Between a date and the next, or the agency: the calendars' letters and "الموافق".
const GLUE = new Set(["ه", "هـ", "م", "الموافق", "-", ",", "،"]);

/** The first token from `k` (up to `limit`) that is no such glue. */
function skipGlue(doc: Doc, k: number, limit: number): number {
  while (k < limit && GLUE.has(doc.tokens[k]!.key)) k++;
  return k;
}
