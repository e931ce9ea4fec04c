import countries from "../lexicon/countries.json";
import type { Ctx } from "../persons/anchor-spans";
import type { PlaceHit } from "./gazetteer";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import { CLOSING_QUOTES } from "../text/quotes";

/*
 * Some states are named by the very word of their nisba: السعودية is Saudi Arabia and "Saudi"
 * (feminine, definite), سورية is Syria and "Syrian" (feminine). Agreeing with the noun before it
 * the word is the adjective, which names no place of the story (the state still counts, as a
 * demonym does): after a definite feminine word ("القوات الجوية الملكية السعودية", "العلاقات
 * السعودية") or a quoted name, or, indefinite, before another nisba ("لجنة سورية لبنانية"). After a
 * preposition or as a construct's second term ("في سورية", "عاصمة سورية") it is the state.
 */

const rows = countries as { ar: string[]; demonymStems: string[] }[];
const definiteForms = new Set(rows.flatMap((c) => c.demonymStems.map((s) => `ال${s}ية`).filter((f) => c.ar.includes(f))).map((f) => matchKey(f)));
const indefiniteForms = new Set(rows.flatMap((c) => c.demonymStems.flatMap((s) => [`${s}ية`, `${s}ي`]).filter((f) => c.ar.includes(f))).map((f) => matchKey(f)));
// A definite feminine word, proclitics and all ("بالعلاقات", "للصناعات").
const DEFINITE_FEMININE = /^(?:[وف]?[بكل]?ال|[وف]?لل)[\u0621-\u064A]+(ة|ات)$/u;
const INDEFINITE_NISBA = /^[^ا][\u0621-\u064A]+(ية|ي)$/u;


/**
 * 'شركة "X للطاقة" السعودية', "مناورات «X» السعودية": a quoted name is definite, so the state's
 * definite nisba right after it agrees with it. The closing quote is printed against the name's
 * last word, with a space before the state's word.
 */
const closesQuotedName = (before: Token, t: Token): boolean => CLOSING_QUOTES.has(before.text) && !before.spaceBefore && t.spaceBefore;

/** Whether the state's name `p` (one word) is printed as its nisba after or before a word it agrees with. */
export function isStateNameAsNisba(ctx: Ctx, p: PlaceHit): boolean {
  if (p.viaDemonym || p.kind !== "country" || p.firstToken !== p.lastToken) return false;
  const { tokens } = ctx.doc;
  const t = tokens[p.firstToken]!;
  const key = matchKey(t.text);
  const before = tokens[p.firstToken - 1];
  if (definiteForms.has(key)) return !!before && !t.lineStart && ((before.kind === "word" && DEFINITE_FEMININE.test(before.text)) || closesQuotedName(before, t));
  const after = tokens[p.lastToken + 1];
  const next = ctx.placeAt[p.lastToken + 1];
  return indefiniteForms.has(key) && !!after && !after.lineStart && !!next?.viaDemonym && INDEFINITE_NISBA.test(after.text);
}
