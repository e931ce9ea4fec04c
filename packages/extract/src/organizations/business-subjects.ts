import type { Ctx } from "../persons/anchor-spans";
import { isCalendarWord, isStopToken } from "../persons/vocabulary";
import { isPossessiveS } from "../text/english-marks";
import type { OrgMention } from "./index";

/**
 * "Codelco shares are not listed", "Shares in Minera Altiplano rose", "Minera Altiplano's chief
 * executive": English business news names a company by its bare name, with no word of its kind,
 * and only a company has shares, shareholders or a chief executive. A capitalized name of up to
 * three words beside such a word is a company's. A place, a day or a month is none.
 */

/** Lower-case words a company owns, printed after its name or its possessive. */
const OWNED_AFTER = new Set(["shares", "shareholders", "stock"]);
/** What follows a company's possessive only ("Altiplano's chief executive", "Altiplano's board"). */
const OWNED_AFTER_POSSESSIVE = new Set([...OWNED_AFTER, "ceo", "board", "subsidiary", "stake", "chief", "chairman", "chairwoman"]);
/** "chief executive", "chief financial officer": chief must open one of these. */
const CHIEF_OF = new Set(["executive", "financial", "operating"]);
/** "shares in X", "stake in X", "shares of X". */
const OWNED_BEFORE = new Set(["shares", "stake"]);
const MAX_WORDS = 3;

function isNameWord(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return !!t && t.kind === "word" && !t.arabic && t.capital && !ctx.placeAt[k] && !isStopToken(t) && !isCalendarWord(t) && t.text !== t.text.toUpperCase();
}

export function findBusinessSubjects(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  if (ctx.doc.language !== "en") return [];
  const out: OrgMention[] = [];
  const push = (first: number, last: number) => {
    if (out.some((o) => o.first === first && o.last === last)) return;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    out.push({ first, last, start, end, surface: text.slice(start, end), fixed: false, inTitle: false });
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(ctx, i) || isNameWord(ctx, i - 1)) continue;
    let last = i;
    while (last < i + MAX_WORDS - 1 && isNameWord(ctx, last + 1) && !tokens[last + 1]!.lineStart) last++;
    // A run longer than a name, or one that goes on, is a headline in capitals or a sentence's words.
    if (isNameWord(ctx, last + 1) && !tokens[last + 1]!.lineStart) {
      i = last;
      continue;
    }
    const after = tokens[last + 1];
    const possessive = isPossessiveS(tokens, last + 2);
    const owned = possessive ? tokens[last + 3] : after;
    const ownedKeys = possessive ? OWNED_AFTER_POSSESSIVE : OWNED_AFTER;
    const ownedAfter = !!owned && owned.kind === "word" && !owned.capital && ownedKeys.has(owned.key) && (owned.key !== "chief" || CHIEF_OF.has(tokens[last + (possessive ? 4 : 2)]?.key ?? ""));
    const before = tokens[i - 1];
    const ownedBefore = before?.key === "in" || before?.key === "of" ? OWNED_BEFORE.has(tokens[i - 2]?.key ?? "") : false;
    if (ownedAfter || ownedBefore) push(i, last);
    i = last;
  }
  return out;
}
