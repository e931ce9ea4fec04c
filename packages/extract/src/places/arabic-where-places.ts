import type { HeadedPlace } from "./locations";
import type { Ctx } from "../persons/anchor-spans";
import { isOrgHeadAt, isPlaceHeadAt, isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { isCalendarWord, isStopToken } from "../persons/vocabulary";
import orgRules from "../rules/organizations.json";
import { wordKey } from "../text/tokens";

/*
 * "زارت الكلية العسكرية في X، حيث اطلعت …": the Arabic of "in X, where …" (src/places/near-places.ts).
 * A word after في that the sentence goes on to describe with "، حيث" is a place by the sentence's
 * own word, a town no gazetteer needs to list; a word of any list (a head, a stop word, a date) is
 * not read so ("في المنطقة، حيث").
 */
export function findArabicWherePlaces(ctx: Ctx): HeadedPlace[] {
  const { tokens, text } = ctx.doc;
  const out: HeadedPlace[] = [];
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (tokens[i]!.key !== "في" || !tokens[i]!.arabic) continue;
    const j = i + 1;
    const t = tokens[j]!;
    if (t.kind !== "word" || !t.arabic || t.lineStart || ctx.placeAt[j]) continue;
    if (tokens[j + 1]?.text !== "،" || tokens[j + 2]?.key !== "حيث") continue;
    if (GENERIC_KEYS.has(t.key.replace(/^ال/, "")) || isStopToken(t) || isCalendarWord(t) || rankAt(ctx, j) || isRoleHeadAt(ctx, j) || isOrgHeadAt(ctx, j) || isPlaceHeadAt(ctx, j)) continue;
    const name = text.slice(t.start, t.end);
    out.push({ first: j, last: j, start: t.start, end: t.end, surface: name, name, headed: name, kind: "city" });
  }
  return out;
}

// Heads of areas, towns and sites, and nouns of a place that name none ("في المقر، حيث"), without the article.
const GENERIC_KEYS = new Set(
  [...Object.values(orgRules.placeHeads).flatMap((h) => h.ar), ...orgRules.siteHeads.ar, "مملكة", "ميدان", "موقع", "مكان", "مقر", "خارج", "داخل", "ساحة"]
    .filter((w) => !w.includes(" "))
    .map((w) => wordKey(w).replace(/^ال/, "")),
);
