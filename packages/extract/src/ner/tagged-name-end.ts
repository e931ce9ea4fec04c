/**
 * Where a person's name the tagger read runs on into the words after it. Two shapes of news
 * language end a name after its first two words:
 *  - a present-tense verb the name is the subject of ("البحرينية X Y تحرز ذهبية", "الكويتي X Y
 *    يفوز"): Arabic verbs agree with the subject, so after a feminine word before the name (a
 *    nationality, a noun of the person: العداءة) a word in ت is read so, and a word in ي always
 *    (the given names that open so are in the names list);
 *  - a noun in construct with a definite noun ("X Y صاحبة المركز الثالث", "X Y بطل العالم"): a
 *    name word governs no definite noun, save a connector's (عبد الله، ولد الشيخ) or a compound
 *    given name's (نور الدين) or a compound with الله (كرم الله), and a nisba after a name is the name's (X Y الحسيني).
 */
import type { Ctx } from "../persons/anchor-spans";
import { givenNameKeys, NAME_CONNECTORS } from "../persons/vocabulary";
import type { Token } from "../text/tokens";
import { defaultTagger } from "./model";

interface Span {
  first: number;
  last: number;
}

const personWord = (t: Token) => givenNameKeys.has(t.key) || NAME_CONNECTORS.has(t.key) || !!defaultTagger().names(t.key)?.startsWith("PERS");

/** Folded ة is ه: a feminine noun or adjective right before the name. */
const feminineBefore = (tokens: readonly Token[], first: number) => {
  const t = tokens[first - 1];
  return !!t && t.kind === "word" && t.arabic && /ه$/.test(t.key);
};

function presentVerb(tokens: readonly Token[], k: number, feminine: boolean): boolean {
  const t = tokens[k]!;
  if (!t.arabic || [...t.key].length < 4 || personWord(t)) return false;
  // "ماري-لو تريمبلاي": a word in ت longer than a verb's, or ending in a vowel, is a foreign name.
  return /^ي/.test(t.key) || (feminine && /^ت/.test(t.key) && [...t.key].length <= 6 && !/[اوي]$/.test(t.key));
}

// The second halves of compound names (كرم الله، عز الدين، سيف الإسلام), read as folded keys.
const COMPOUND_TAILS = new Set(["الله", "الدين", "الاسلام"]);

function governsDefinite(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (k + 1 > last || !next || !t.arabic || t.key.startsWith("ال") || personWord(t)) return false;
  return next.kind === "word" && next.arabic && next.key.startsWith("ال") && !/ي$/.test(next.key) && !COMPOUND_TAILS.has(next.key) && !personWord(next);
}

/** The span cut before the first word past its second that is no more of the name. */
export function cutAtNameEnd<S extends Span>(ctx: Ctx, s: S): S {
  const { tokens } = ctx.doc;
  const feminine = feminineBefore(tokens, s.first);
  let words = 0;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    if (words >= 2 && (presentVerb(tokens, k, feminine) || governsDefinite(tokens, k, s.last))) return { ...s, last: k - 1 };
    words++;
  }
  return s;
}
