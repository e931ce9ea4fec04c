import type { Doc } from "../document";
import { isPlaceName } from "../places/gazetteer";
import { isLatinPersonalName } from "./byline-names";
import { hasDate, type Layout } from "./header";
import { pastOurStaff } from "./our-staff";
import { writerShaped } from "./personal-name";
import { DASHES } from "../text/punctuation";

/**
 * "إربد 5 كانون الأول 2027 (بترا) – من NAME – وقع …": a wire may print its correspondent inside the
 * dateline, after the dash that closes the place, the day and the agency: "من" (or a byline word)
 * and the name, closed by a second dash before the report. The two dashes frame a credit, so the
 * name needs no listed given name; a clause opened by "من" ("– من جهته، …") meets no dash so soon.
 * The paper's own correspondent may stand before the name ("– من مندوبتنا NAME –"), and the whole
 * dateline may stand on a line of its own above the report.
 */

const OPENERS = new Set(["من", "بقلم", "كتب", "كتبت", "by"]);
// The name's words between the opener and the closing dash.
const MAX_NAME_TOKENS = 5;
// How far into a line of its own the dash closing the place, the day and the agency may stand.
const MAX_DATELINE_TOKENS = 16;

export interface DatelineWriter {
  name: string;
  /** Token range [first, last] of the name. */
  first: number;
  last: number;
}

export function datelineWriter(doc: Doc, layout: Layout): DatelineWriter | null {
  const body = layout.body;
  const inBody = body && layout.dateline ? writerAfterDash(doc, layout.dateline.last, body.last, false) : null;
  if (inBody) return inBody;
  // "فاليتا 9 أيار (بترا) - من مندوبتنا NAME -": the dateline on a line of its own above the report,
  // closed by the first dash after the agency's brackets or the date.
  for (const line of layout.header) {
    if (!hasDate(doc, line) && !line.text.includes(")")) continue;
    for (let k = line.first + 1; k < Math.min(line.last, line.first + MAX_DATELINE_TOKENS); k++) {
      if (!isDash(doc, k)) continue;
      const found = writerAfterDash(doc, k, line.last, true);
      if (found) return found;
      break;
    }
  }
  return null;
}

/**
 * The name after the dash at `dash`: an opener, then the name up to a second dash. After the
 * paper's own correspondent or envoy ("من مندوبتنا NAME"), which tells a credit by itself, the
 * name may run to the end of a line of its own (`ownLine`).
 */
function writerAfterDash(doc: Doc, dash: number, last: number, ownLine: boolean): DatelineWriter | null {
  if (!isDash(doc, dash) || !OPENERS.has(doc.tokens[dash + 1]?.key ?? "")) return null;
  const first = doc.tokens[dash + 1]!.key === "من" ? pastOurStaff(doc.tokens, dash + 2) : dash + 2;
  const toLineEnd = ownLine && first > dash + 2;
  const end = Math.min(last, first + MAX_NAME_TOKENS + 1);
  for (let k = first + 1; k <= end; k++) {
    const closed = k < end && isDash(doc, k);
    if (!closed && !(toLineEnd && k === last)) continue;
    const name = doc.text.slice(doc.tokens[first]!.start, doc.tokens[k - 1]!.end).trim();
    const shaped = doc.tokens[first]!.arabic ? writerShaped(name) : isLatinPersonalName(name, isPlaceName);
    return shaped ? { name, first, last: k - 1 } : null;
  }
  return null;
}

function isDash(doc: Doc, k: number): boolean {
  return DASHES.has(doc.tokens[k]?.text ?? "");
}
