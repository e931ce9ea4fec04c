import { findDates } from "../dates/find";
import type { Doc } from "../document";

/**
 * "وجدة - 12-06-2027 (ومع) توج …": after the city's dash, a date and the agency in brackets close
 * the dateline even when no second dash follows them; the report starts after the brackets. Returns
 * the token after ")" or -1.
 */
export function agencyAfterDateEnd(doc: Doc, from: number, lineLast: number): number {
  const to = Math.min(lineLast, from + 10);
  const date = findDates(doc.tokens, doc.text, from, to, doc.language === "en").find((d) => d.iso && d.firstToken === from);
  if (!date || doc.tokens[date.lastToken + 1]?.text !== "(") return -1;
  for (let k = date.lastToken + 2; k < Math.min(lineLast, date.lastToken + 8); k++) {
    const t = doc.tokens[k]!;
    if (t.kind === "num") return -1;
    if (t.text === ")") return k > date.lastToken + 2 ? k + 1 : -1;
  }
  return -1;
}
