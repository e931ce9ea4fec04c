import type { Doc } from "../document";
import { isPlaceName } from "../places/gazetteer";
import { isLatinPersonalName } from "./byline-names";
import type { Layout } from "./header";
import { writerShaped } from "./personal-name";
import { DASHES } from "../text/punctuation";

/**
 * "إربد 5 كانون الأول 2027 (بترا) – من NAME – وقع …": a wire may print its correspondent inside the
 * dateline, after the dash that closes the place, the day and the agency: "من" (or a byline word)
 * and the name, closed by a second dash before the report. The two dashes frame a credit, so the
 * name needs no listed given name; a clause opened by "من" ("– من جهته، …") meets no dash so soon.
 */

const OPENERS = new Set(["من", "بقلم", "كتب", "كتبت", "by"]);
// The name's words between the opener and the closing dash.
const MAX_NAME_TOKENS = 5;

export interface DatelineWriter {
  name: string;
  /** Token range [first, last] of the name. */
  first: number;
  last: number;
}

export function datelineWriter(doc: Doc, layout: Layout): DatelineWriter | null {
  const body = layout.body;
  if (!body || !layout.dateline) return null;
  const dash = layout.dateline.last;
  if (!isDash(doc, dash) || !OPENERS.has(doc.tokens[dash + 1]?.key ?? "")) return null;
  const first = dash + 2;
  for (let k = first + 1; k < Math.min(body.last, first + MAX_NAME_TOKENS + 1); k++) {
    if (!isDash(doc, k)) continue;
    const name = doc.text.slice(doc.tokens[first]!.start, doc.tokens[k - 1]!.end).trim();
    const shaped = doc.tokens[first]!.arabic ? writerShaped(name) : isLatinPersonalName(name, isPlaceName);
    return shaped ? { name, first, last: k - 1 } : null;
  }
  return null;
}

function isDash(doc: Doc, k: number): boolean {
  return DASHES.has(doc.tokens[k]?.text ?? "");
}
