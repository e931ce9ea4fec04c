import { organizationsOf, type OrgMention } from "../organizations";
import { matchKey } from "../text/normalize";
import { wordKey } from "../text/tokens";
import orgRules from "../rules/organizations.json";
import { isOrgHeadAt } from "./head-lookups";
import { type Ctx, isPlaceToken } from "./anchor-spans";
import { CLOSING_QUOTES, OPENING_QUOTES } from "../text/quotes";

/**
 * "ووقع عن «مرافئ الشرق» رئيستها التنفيذية": a body printed again right before the pronoun by the
 * short name in quotes it goes by is the body the article named in full before ("شركة مرافئ الشرق
 * للتخزين"), or, when no body was read there, the words the short name was printed in after a
 * body's head ("مجموعة ديكان للطاقة الهندية").
 */

// "مجموعة ديكان": a company's head before its own name, which the lists of bodies' heads leave out.
const NAME_HEADS = new Set(orgRules.properNameHeads.map(wordKey));
/** A body's name in full: its head, the short name and what it is of (للطاقة الهندية). */
const MAX_FULL_NAME = 7;

export function quotedBodyBefore(ctx: Ctx, i: number): OrgMention | null {
  const { tokens } = ctx.doc;
  const close = i - 1;
  if (!CLOSING_QUOTES.has(tokens[close]?.text ?? "")) return null;
  let open = close - 1;
  while (open > close - 5 && open >= 0 && tokens[open]!.kind === "word") open--;
  if (open < 0 || open === close - 1 || !OPENING_QUOTES.has(tokens[open]!.text)) return null;
  const short = matchKey(ctx.doc.text.slice(tokens[open + 1]!.start, tokens[close - 1]!.end));
  const listed = organizationsOf(ctx).mentions.filter((o) => o.last < open && o.last > o.first && ` ${matchKey(o.surface)} `.includes(` ${short} `)).at(-1);
  return listed ?? printedAfterHead(ctx, open, short);
}

/** The first printing before `before` of the short name right after a body's head, with the words of the name after it. */
function printedAfterHead(ctx: Ctx, before: number, short: string): OrgMention | null {
  const { tokens, text } = ctx.doc;
  const size = short.split(" ").length;
  for (let k = 1; k + size <= before; k++) {
    // The head first: it is read once per token, while the words' key would be made for every one.
    if (!tokens[k]!.arabic || tokens[k]!.lineStart || !(NAME_HEADS.has(tokens[k - 1]!.key) || isOrgHeadAt(ctx, k - 1)) || matchKey(text.slice(tokens[k]!.start, tokens[k + size - 1]!.end)) !== short) continue;
    let last = k + size - 1;
    while (last + 1 < before && last + 1 - (k - 1) < MAX_FULL_NAME && !tokens[last + 1]!.lineStart && tokens[last + 1]!.arabic && ofTheName(ctx, last + 1)) last++;
    const first = k - 1;
    const start = tokens[first]!.start;
    return { first, last, start, end: tokens[last]!.end, surface: text.slice(start, tokens[last]!.end), fixed: false, inTitle: false };
  }
  return null;
}

/** A word of the body's name after its own: definite (الهندية), of its field (للطاقة) or a place; "لإنشاء" says what it does. */
function ofTheName(ctx: Ctx, k: number): boolean {
  const key = ctx.doc.tokens[k]!.key;
  return isPlaceToken(ctx, k) || (/^(ال|لل)/u.test(key) && key.length > 4);
}

/** The state a body's name holds ("مجموعة X للطاقة الهندية", "Germany's X" aside): the first state read inside it. */
export function stateInName(ctx: Ctx, body: { first: number; last: number }): string | null {
  for (let k = body.first; k <= body.last; k++) if (ctx.placeAt[k]?.iso2) return ctx.placeAt[k]!.iso2;
  return null;
}

const SEAT = new Set(["ومقرها", "ومقره", "مقرها", "مقره"]);

/**
 * The state of a body: one its name holds ("الهندية"), else the town of its seat set off right after
 * it ("شركة X، ومقرها الفجيرة").
 */
export function stateOfNamedBody(ctx: Ctx, body: OrgMention): string | null {
  const { tokens } = ctx.doc;
  const inName = stateInName(ctx, body);
  if (inName) return inName;
  let k = body.last + 1;
  if (tokens[k]?.text === "،" || tokens[k]?.text === ",") k++;
  if (!SEAT.has(tokens[k]?.text ?? "")) return null;
  return ctx.placeAt[k + 1]?.iso2 ?? null;
}
