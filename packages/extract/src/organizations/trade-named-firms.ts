import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { OPENING_QUOTES, quotedNameEnd } from "../text/quotes";
import type { Token } from "../text/tokens";
import type { OrgMention } from "./index";

const occasionKeys = new Set(rules.occasionRunning.occasions.map((w) => matchKey(w)));

/**
 * 'عقدا مع المجمع التركي "X للإنشاءات البحرية"', '«X Y للاستثمار»': a name in quotes made of a
 * proper name and, after لل, the trade the firm works in is a firm's name, whatever noun stands
 * before it (المجمع، المجموعة). The proper name has no article or preposition on it; a quoted
 * occasion is named so too ('"مؤتمر X للأمن"', `occasionRunning.occasions`), no firm.
 */
export function findTradeNamedFirms(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  if (ctx.doc.language !== "ar") return [];
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!OPENING_QUOTES.has(tokens[i]!.text)) continue;
    const close = quotedNameEnd(tokens, i);
    if (close < 0) continue;
    const first = i + 1;
    const last = close - 1;
    let trade = first + 1;
    while (trade < close && !(tokens[trade]!.key.startsWith("لل") && tokens[trade]!.key.length > 4)) trade++;
    if (trade < close && properWordsUpTo(tokens, first, trade) && !occasionKeys.has(`ال${tokens[first]!.key}`)) {
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      out.push({ first, last, start, end, surface: text.slice(start, end), fixed: true, inTitle: false });
    }
    i = close;
  }
  return out;
}

/** Every word from `first` up to `end` is Arabic with no article or preposition on it. */
function properWordsUpTo(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (!tokens[k]!.arabic || /^(ال|لل|ل|ب)/.test(tokens[k]!.key)) return false;
  return true;
}
