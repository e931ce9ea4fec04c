import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import { isGivenName } from "../persons/vocabulary";
import { kunyaPlaceAfterNoun } from "./kunya-places";
import { holdsSetPhrase } from "./set-phrases";
import { planPhrase } from "./verbal-noun-phrase";

/**
 * Tagged spans that read as a phrase of the sentence, not a person's name. The tagger sometimes
 * runs a name over the words of a clause ("جرت قبالة شبه جزيرة …", took place off the peninsula)
 * or reads a noun and its adjective as one ("مدفعية إضافية", additional artillery).
 */

/**
 * Prepositions no name holds. Left out: words that are also names or name words (على/علي Ali,
 * خلف Khalaf, إمام Imam, بين and دون, spellings of Ben and Don).
 */
const PREPOSITION_KEYS = new Set(["قباله", "قرب", "عند", "لدي", "نحو", "حول", "داخل", "خارج", "فوق", "تحت", "في", "مع", "ضد", "منذ", "خلال", "الي"]);

const bare = (t: Token) => t.text.replace(/[\u064B-\u065F\u0670\u0640]/g, "");

/** A span holding a bare preposition: a verb and the place it happened at, not a name. */
export function holdsPreposition(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && t.arabic && PREPOSITION_KEYS.has(t.key)) return true;
  }
  return false;
}

/**
 * Indefinite words that all end in ة, the last in ية, the first not a given name: a feminine noun
 * and the nisba adjective agreeing with it ("قوات إضافية"). A woman's name opens with her given name (فاطمة,
 * and men's in ة: حمزة, أسامة), which the given-name list holds.
 */
function feminineNounPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === "word");
  if (words.length < 2 || !words.every((t) => t.arabic && !t.key.startsWith("ال") && bare(t).endsWith("ة"))) return false;
  // The adjective last is a nisba in ية (إضافية، جوية); a family name in ة is rarely one (بنسودة).
  if (!bare(words.at(-1)!).endsWith("ية")) return false;
  return !isGivenName(words[0]!);
}

// "فيما نال", "بينما أكد": a conjunction that opens a clause, and the clause's verb after it.
const CLAUSE_OPENER_KEYS = new Set(["فيما", "وفيما", "بينما", "وبينما", "عندما", "بعدما", "حيث", "وحيث", "كما", "إذ"].map(matchKey));

export function phraseNotName(tokens: readonly Token[], first: number, last: number): boolean {
  return holdsPreposition(tokens, first, last) || feminineNounPhrase(tokens, first, last) || CLAUSE_OPENER_KEYS.has(tokens[first]!.key) || holdsSetPhrase(tokens, first, last) || kunyaPlaceAfterNoun(tokens, first) || planPhrase(tokens, first, last);
}
