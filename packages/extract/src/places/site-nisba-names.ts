import placeRules from "../rules/places.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { isCommonNounAfterArea } from "./area-common-nouns";

/*
 * "ميناء X", "مطار X" for a town in -ي no list holds: after a masculine noun that names places only,
 * an indefinite word in -ي is read as an adjective agreeing with it ("مطار عسكري"). Those adjectives
 * are few, words of what a site is or serves, so any other such word is the site's name; a
 * nationality there stays an adjective ("ميناء سعودي").
 */
const nisbaKeys = new Set(placeRules.siteNisbaAdjectives.ar.map((w) => matchKey(w)));

/** Whether the word at `j` in -ي, right after the place-only site noun at `head`, names the site. */
export function namesSiteInYa(ctx: Ctx, head: number, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j];
  const h = tokens[head];
  if (!t || !h || j !== head + 1 || t.kind !== "word" || !t.arabic || t.lineStart) return false;
  if (h.key.endsWith("ه") || h.key.startsWith("ال") || t.key.startsWith("ال") || t.key.length < 4) return false;
  // "مسجد نيوجيه": a word printed in -يه with ه, not the ة of a feminine adjective, cannot agree
  // with the masculine noun, so it is the site's foreign name. Shorter words in -يه are Arabic
  // nouns spelt with ه ("ميدان رمايه", "مطار قريه").
  if (/يه$/u.test(t.text)) return t.key.length >= 6 && !isCommonNounAfterArea(t.key) && !ctx.placeAt[j]?.viaDemonym;
  if (!/ي$/u.test(t.key)) return false;
  return !nisbaKeys.has(t.key) && !ctx.placeAt[j]?.viaDemonym;
}
