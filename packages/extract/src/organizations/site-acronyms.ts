import { keptPerObject } from "../text/kept-per-object";
import { SITE_NOUNS } from "../places/english-at-venues";
import type { Doc } from "../document";

// A run of two to six capitalized words, joined by spaces only.
const CAPITAL_RUN = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,5}/gu;

/**
 * The initials of every site the text names in capitals up to its site noun ("Maurice Bishop
 * International Airport" → MBIA), and of each shorter run that ends on that noun ("Bishop
 * International Airport" → BIA), kept per document.
 */
const siteInitialsOf = keptPerObject((doc: Doc) => {
  const out = new Set<string>();
  for (const m of doc.text.matchAll(CAPITAL_RUN)) {
    const words = m[0].split(/\s+/u);
    const noun = words.findLastIndex((w) => SITE_NOUNS.has(w));
    for (let from = 0; from < noun; from++) out.add(words.slice(from, noun + 1).map((w) => w[0]).join(""));
  }
  return out;
});

/**
 * "switched on at MBIA" in a story of "Maurice Bishop International Airport": an acronym made of
 * the initials of a site the story names is that site's short form, no body.
 */
export function spellsSiteName(doc: Doc, acronym: string): boolean {
  return siteInitialsOf(doc).has(acronym);
}
