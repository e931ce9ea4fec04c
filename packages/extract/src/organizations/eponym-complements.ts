import rules from "../rules/persons.json";
import type { Ctx } from "../persons/anchor-spans";
import { isEponymTitle } from "../persons/eponyms";
import { isStopToken } from "../persons/vocabulary";
import { readsAs, wordKey, type Token } from "../text/tokens";

/** Nouns of a place or a work named after a person (جسر، مطار، ميناء), as the persons' rules list them. */
const siteKeys = new Set(rules.eponymHeads.map(wordKey));

/** "مكتبة", "مسجد": a noun of a site or a body that may be named after a person. */
export const isSiteNoun = (t: Token | undefined): boolean => !!t?.arabic && readsAs(t.key, siteKeys);

/** The eponym's name is short: a given name, a compound in عبد ("عبد العزيز"), a father's name. */
const MAX_NAME_WORDS = 3;

/**
 * "المؤسسة العامة لجسر الملك X": a body named after a site named in turn after a king or a prince
 * goes on over the title and the name, which are the site's eponym (and so no person's); returns
 * the eponym's last token when the word before `j` is that site's noun in ل, -1 otherwise.
 */
export function eponymOfSiteEnd(ctx: Ctx, j: number): number {
  const site = ctx.doc.tokens[j - 1];
  if (!site || !/^ل(?!ل)/.test(site.key) || !readsAs(site.key.slice(1), siteKeys)) return -1;
  return eponymEnd(ctx, j);
}

/**
 * "مدير جامعة الملك X، الدكتور Y", "المشرف العام على مكتبة الملك X العامة": in an office the site
 * the office is of goes on over the title and the name it is named after; returns the eponym's
 * last token when the word before `j` is the site's noun in construct with the office, -1 otherwise
 * (a site in ل is a body's complement, which eponymOfSiteEnd reads).
 */
export function eponymOfSiteInOfficeEnd(ctx: Ctx, j: number): number {
  const site = ctx.doc.tokens[j - 1];
  return site?.arabic && siteKeys.has(site.key) ? eponymEnd(ctx, j) : -1;
}

/** The last token of the title at `j` and the eponym's name after it, -1 when no such name is there. */
function eponymEnd(ctx: Ctx, j: number): number {
  const { tokens } = ctx.doc;
  const site = tokens[j - 1];
  const title = tokens[j];
  if (!site?.arabic || !title?.arabic || !isEponymTitle(title.key)) return -1;
  return eponymNameEnd(ctx, j);
}

/**
 * "الملك عبد العزيز", "الأمير X": the last token of the name printed after the eponym's title at `j`
 * (a title the persons' rules list), or -1 where no title or no name stands there.
 */
export function eponymNameEnd(ctx: Ctx, j: number): number {
  const { tokens } = ctx.doc;
  if (!tokens[j]?.arabic || !isEponymTitle(tokens[j].key)) return -1;
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
