import rules from "../rules/persons.json";
import type { Ctx } from "../persons/anchor-spans";
import { isEponymTitle } from "../persons/eponyms";
import { isStopToken } from "../persons/vocabulary";
import { readsAs, wordKey } from "../text/tokens";

/** Nouns of a place or a work named after a person (جسر، مطار، ميناء), as the persons' rules list them. */
const siteKeys = new Set(rules.eponymHeads.map(wordKey));

/** The eponym's name is short: a given name, a compound in عبد ("عبد العزيز"), a father's name. */
const MAX_NAME_WORDS = 3;

/**
 * "المؤسسة العامة لجسر الملك X": a body named after a site named in turn after a king or a prince
 * goes on over the title and the name, which are the site's eponym (and so no person's); returns
 * the eponym's last token when the word before `j` is that site's noun in ل, -1 otherwise.
 */
export function eponymOfSiteEnd(ctx: Ctx, j: number): number {
  const { tokens } = ctx.doc;
  const site = tokens[j - 1];
  const title = tokens[j];
  if (!site?.arabic || !title?.arabic || !isEponymTitle(title.key)) return -1;
  if (!/^ل(?!ل)/.test(site.key) || !readsAs(site.key.slice(1), siteKeys)) return -1;
  let last = -1;
  for (let k = j + 1, n = 0; n < MAX_NAME_WORDS; k++, n++) {
    const t = tokens[k];
    if (!t?.arabic || t.kind !== "word" || isStopToken(t) || ctx.placeAt[k]) break;
    // "الملك عبد العزيز": the article is a word of the name only right after عبد.
    if (t.key.startsWith("ال") && tokens[k - 1]!.key !== "عبد") break;
    last = k;
  }
  return last;
}
