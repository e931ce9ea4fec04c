import { wordKey, type Token } from "../text/tokens";

// Titles of a head of state or government, as printed before or after the name
// ("رئيس وزراء X", "رئيس الحكومة", "الرئيس المالديفي", "جلالة الملك", "الأمير الوراثي").
const HEAD_TITLES: readonly (readonly string[])[] = [
  ...["رئيس", "رئيسة"].flatMap((head) => ["الوزراء", "وزراء", "الحكومة", "حكومة", "الجمهورية", "جمهورية"].map((of) => [head, of])),
  ["الرئيس"], ["الرئيسة"], ["الملك"], ["ملك"], ["الملكة"], ["الأمير"], ["السلطان"], ["ولي", "العهد"],
].map((words) => words.map(wordKey));
// "الرئيس التنفيذي": a company's or a body's head, no head of state.
const NOT_A_STATE_HEAD = new Set(["التنفيذي", "التنفيذية"].map(wordKey));
// How far from the verb the receiver's title may stand: before it in its clause ("وكان جلالة
// الملك X قد استقبل"), after it past the object, a day and an honorific ("كما استقبله أمس رئيس
// وزراء X", "كما استقبل دولة X، رئيس حكومة Y").
const BEFORE = 8;
const AFTER = 8;
const PUNCT = /^[.،,؛:!?؟]$/u;
const SENTENCE_END = /^[.!?؟]$/u;

function titleAt(tokens: readonly Pick<Token, "key">[], k: number): boolean {
  return HEAD_TITLES.some((t) => t.every((w, i) => tokens[k + i]?.key === w) && !NOT_A_STATE_HEAD.has(tokens[k + t.length]?.key ?? ""));
}

/**
 * "كما استقبل رئيس وزراء X الوزير …", "وكان جلالة الملك X قد استقبل الوزير …": a head of state
 * or government who receives the guest on another day of the visit or after its talks gives him
 * an audience — talks of their own, not a ceremony of the occasion told before. Whether the
 * verb at `verb` has such a head by it: in its clause before it, or within a few words after it
 * in its sentence.
 */
export function headReceives(tokens: readonly Pick<Token, "key">[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - BEFORE) && !PUNCT.test(tokens[k]!.key); k--) if (titleAt(tokens, k)) return true;
  for (let k = verb + 1; k < tokens.length && k <= verb + AFTER && !SENTENCE_END.test(tokens[k]!.key); k++) if (titleAt(tokens, k)) return true;
  return false;
}
