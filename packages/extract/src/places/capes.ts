import placeRules from "../rules/places.json";
import type { HeadedPlace } from "./locations";
import type { Ctx } from "../persons/anchor-spans";
import { isCalendarWord, isStopToken } from "../persons/vocabulary";
import { hasTanween } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";

/*
 * "قرب رأس X", "قبالة رأس X": after a word of nearness, رأس is a cape or headland and the word
 * after it its name, a place no gazetteer need list. Elsewhere رأس is mostly "head" ("على رأس
 * وفد", "رأس المال") and is left alone. Words of nearness: `nearnessWords` in rules/places.json.
 */

const nearnessKeys = new Set(placeRules.nearnessWords.ar.map((w) => matchKey(w)));
const CAPE_KEYS = new Set(["رأس", "راس"].map((w) => matchKey(w)));

export function findCapes(ctx: Ctx): HeadedPlace[] {
  const { tokens, text } = ctx.doc;
  const out: HeadedPlace[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const head = tokens[i]!;
    if (!head.arabic || !CAPE_KEYS.has(head.key) || ctx.placeAt[i]) continue;
    const before = tokens[i - 1]!;
    if (!before.arabic || !nearnessKeys.has(before.key)) continue;
    const k = i + 1;
    const t = tokens[k]!;
    if (!t.arabic || t.kind !== "word" || t.lineStart || ctx.placeAt[k] || t.key.startsWith("ال")) continue;
    if (isStopToken(t) || isCalendarWord(t) || hasTanween(t) || /^(و|[فبكل]ال)/.test(t.key)) continue;
    const surface = text.slice(head.start, t.end);
    out.push({ first: i, last: k, start: head.start, end: t.end, surface, name: surface, headed: surface, kind: "region" });
    i = k;
  }
  return out;
}
