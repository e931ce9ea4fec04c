import type { HeadedPlace } from "./locations";
import type { Ctx } from "../persons/anchor-spans";
import { isOrgHeadAt, isPlaceHeadAt, isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { hasTanween, isCalendarWord, isStopToken } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";
import { isTownAdjective } from "./town-adjectives";

/*
 * "قتل جنديان في X الحدودية", "نزحوا من X الواقعة شمالي البلاد": a definite adjective of what a
 * town is after a word with no article can only agree with a proper name, definite by itself; a
 * common noun would take the adjective without the article ("في منطقة حدودية"). So a word after
 * a preposition of place with such an adjective after it is a town no gazetteer needs to list.
 */
const PREPOSITIONS = new Set(["في", "من", "إلى", "الى", "على", "قرب", "عند", "داخل", "حول"].map((w) => matchKey(w)));

const PRONOUN_SUFFIX = /(ه|ها|هم|هما|نا|كم)$/u;

export function findArabicDescribedTowns(ctx: Ctx): HeadedPlace[] {
  const { tokens, text } = ctx.doc;
  const out: HeadedPlace[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const p = tokens[i]!;
    if (!p.arabic || p.kind !== "word" || !PREPOSITIONS.has(p.key)) continue;
    const j = i + 1;
    const t = tokens[j]!;
    if (t.kind !== "word" || !t.arabic || t.lineStart || t.key.startsWith("ال") || ctx.placeAt[j] || tokens[j + 1]!.lineStart) continue;
    if (!isTownAdjective(tokens[j + 1]!)) continue;
    // "في منزله الواقع", "في مقرها التابع": a noun with a pronoun is definite too.
    if (PRONOUN_SUFFIX.test(t.text)) continue;
    if (isStopToken(t) || isCalendarWord(t) || hasTanween(t) || rankAt(ctx, j) || isRoleHeadAt(ctx, j) || isOrgHeadAt(ctx, j) || isPlaceHeadAt(ctx, j)) continue;
    const name = text.slice(t.start, t.end);
    out.push({ first: j, last: j, start: t.start, end: t.end, surface: name, name, headed: name, kind: "city" });
  }
  return out;
}
