import rules from "../rules/events.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

const NOUNS = new Set(rules.attackTrends.nouns.map(matchKey));
const VERBS = new Set(rules.attackTrends.verbs.map(matchKey));
const REACH = 4;

/**
 * Whether the 'other' cue `c` is attacks in the plural said to fall or rise ("وقال X إن الهجمات
 * تراجعت في الأشهر الأخيرة", "هجمات القرصنة في المنطقة انخفضت"): a trend, no happening.
 * The verb of the trend stands within four words of the noun, with no punctuation between.
 */
export function attackTrend(tokens: readonly Pick<Token, "text" | "kind">[], u: { first: number; last: number }, c: CueHit): boolean {
  if (c.kind !== "other" || c.first !== c.last || !NOUNS.has(matchKey(tokens[c.first]!.text).replace(/^و(?=ال)/u, ""))) return false;
  for (let k = c.first + 1; k < u.last && k - c.first <= REACH && tokens[k]!.kind !== "punct"; k++) if (VERBS.has(matchKey(tokens[k]!.text))) return true;
  for (let k = c.first - 1; k >= u.first && c.first - k <= REACH && tokens[k]!.kind !== "punct"; k--) if (VERBS.has(matchKey(tokens[k]!.text))) return true;
  return false;
}
