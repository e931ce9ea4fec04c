import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { OPENING_QUOTES, quotedNameEnd } from "../text/quotes";
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
    const trade = tokens.slice(first + 1, close).findIndex((t) => t.key.startsWith("لل") && t.key.length > 4);
    const name = tokens.slice(first, first + 1 + Math.max(trade, 0));
    if (trade >= 0 && name.every((t) => t.arabic && !/^(ال|لل|ل|ب)/.test(t.key)) && !occasionKeys.has(`ال${name[0]!.key}`)) {
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      out.push({ first, last, start, end, surface: text.slice(start, end), fixed: true, inTitle: false });
    }
    i = close;
  }
  return out;
}
