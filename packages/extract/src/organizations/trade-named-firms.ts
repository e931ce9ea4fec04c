import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { OPENING_QUOTES, quotedNameEnd } from "../text/quotes";
import type { Token } from "../text/tokens";
import { isStopToken } from "../persons/vocabulary";
import type { OrgMention } from "./index";

const occasionKeys = new Set(rules.occasionRunning.occasions.map((w) => matchKey(w)));
// "مجموعة" with the proclitic it may carry ("لمجموعة", "ومجموعة"), never with the article.
const GROUP = /^(?:[وفبل])?مجموعه$/u;
// A relative adjective after the trade ("البحرية", "الهندية").
const KIND_ADJECTIVE = /^ال.+(ي|يه)$/u;
// Nouns that name what a group of people does ("مجموعة عمل", "مجموعة اتصال"), no firm.
const GROUP_OF_PEOPLE = new Set(["عمل", "اتصال", "دعم", "أصدقاء", "عمليات", "خبراء"].map((w) => matchKey(w)));

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
  return [...out, ...groupTradeFirms(ctx)];
}

/**
 * "التابع لمجموعة X لبناء السفن", "مجموعة X للطاقة": an indefinite مجموعة before one or two proper
 * words and the trade the firm works in (a word in لل, or a verbal noun in ل and the definite noun it
 * governs, with the adjectives after it: "للطاقة الهندية") is a firm named so with no quotes. A proper
 * word ending in ة is a common noun ("مجموعة قتالية"), and so is what a group of people does
 * ("مجموعة عمل للأمن"), no name. With a nationality closing it the name is read as a body's
 * (`foreignNamedHeadAt` in index.ts), which wins over this reading.
 */
function groupTradeFirms(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!GROUP.test(tokens[i]!.key)) continue;
    for (let trade = i + 2; trade <= i + 3; trade++) {
      const end = tradeEnd(tokens, trade);
      if (end < 0) continue;
      if (!properWordsUpTo(tokens, i + 1, trade)) break;
      let named = true;
      for (let k = i + 1; k < trade; k++) if (ctx.placeAt[k] || isStopToken(tokens[k]!) || tokens[k]!.key.endsWith("ه") || GROUP_OF_PEOPLE.has(tokens[k]!.key)) named = false;
      if (named) {
        const first = i;
        const start = tokens[first]!.start + (tokens[first]!.key.length - matchKey("مجموعة").length);
        out.push({ first, last: end, start, end: tokens[end]!.end, surface: text.slice(start, tokens[end]!.end), fixed: true, inTitle: false });
      }
      break;
    }
  }
  return out;
}

/** The last token of a firm's trade opening at `k` ("للطاقة", "لبناء السفن"), or -1. */
function tradeEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t?.arabic || t.kind !== "word") return -1;
  if (t.key.startsWith("لل") && t.key.length > 4) {
    let end = k;
    while (tokens[end + 1]?.arabic && KIND_ADJECTIVE.test(tokens[end + 1]!.key)) end++;
    return end;
  }
  const next = tokens[k + 1];
  return /^ل(?!ل)/.test(t.key) && t.key.length > 3 && !!next?.arabic && next.key.startsWith("ال") ? k + 1 : -1;
}

/** Every word from `first` up to `end` is Arabic with no article or preposition on it. */
function properWordsUpTo(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (!tokens[k]!.arabic || /^(ال|لل|ل|ب)/.test(tokens[k]!.key)) return false;
  return true;
}
