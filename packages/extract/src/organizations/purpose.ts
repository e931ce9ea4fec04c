import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import type { PhraseMatch } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import { unitOrdinalKeys } from "../persons/vocabulary";
import { readings, type Token } from "../text/tokens";
import { closesChain, isBareNoun } from "./extent";

/**
 * Bodies named by what they are for: "اللجنة الوزارية لدراسة صادرات المعدات الحربية" is a name, its
 * kind (ministerial) and its purpose (a verbal noun with ل and the construct chain it governs)
 * together; "لجنة لجرد مخازن الأسلحة", indefinite, is a committee described, no name.
 */

/** A word with a bare ل (not لل, not the article): the verbal noun of a purpose ("لدراسة", "لجرد"). */
const purposeWord = (ctx: Ctx, k: number): boolean => {
  const t = ctx.doc.tokens[k];
  return !!t && t.arabic && t.kind === "word" && !t.lineStart && !ctx.placeAt[k] && /^ل(?!ل)/.test(t.key) && !t.key.startsWith("ال") && t.key.length > 3;
};

/** The last token of the one or two bare nouns a definite word closes from k on ("صادرات المعدات"), or -1. */
function governedChainEnd(ctx: Ctx, k: number): number {
  for (let j = k; j <= k + 1 && isBareNoun(ctx, j); j++) if (closesChain(ctx, j + 1)) return j + 1;
  return -1;
}

// A relative adjective (الوزارية، الفنية، الإقليمي) says what kind of body a head is, not which.
const KIND_ADJECTIVE = /^ال.+(ي|يه)$/;

/** Whether every token from `from` to `to` is a kind adjective and none a place ("الوزارية", "العسكري الانتقالي"). */
export function onlyKindAdjectives(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ctx.placeAt[k] || !KIND_ADJECTIVE.test(ctx.doc.tokens[k]!.key)) return false;
  return true;
}

/**
 * In "اللجنة الوزارية لدراسة صادرات المعدات الحربية", after the purpose word at `purpose` (the head
 * `headLast` and kind adjectives before it), the last token of the chain it governs, whose bare
 * nouns a plain complement would not read; -1 when the words differ. A head with no kind adjective
 * ("دعت الوزارة لاحترام سيادة الدول") is the subject of a call, not a body named for its aim.
 */
export function purposeObjectEnd(ctx: Ctx, headLast: number, purpose: number): number {
  if (purpose <= headLast + 1 || !purposeWord(ctx, purpose)) return -1;
  if (!onlyKindAdjectives(ctx, headLast + 1, purpose - 1)) return -1;
  if (!isBareNoun(ctx, purpose + 1)) return -1;
  return governedChainEnd(ctx, purpose + 1);
}

const definite = (t: Token) => readings(t.key).some((r) => r.key.startsWith("ال"));

/**
 * "لجنة لجرد مخازن الأسلحة", "لجنة لتقصي الحقائق": an indefinite head and the purpose it was formed
 * for describe a body, they name none. A foreign name with ل ("شركة لافارج الفرنسية") is closed by
 * a nationality, not by the object of a verbal noun.
 */
export function isPurposeDescription(ctx: Ctx, first: number): boolean {
  const { tokens } = ctx.doc;
  if (!tokens[first]?.arabic || definite(tokens[first]) || !purposeWord(ctx, first + 1)) return false;
  const k = first + 2;
  const end = closesChain(ctx, k) ? k : governedChainEnd(ctx, k);
  return end >= 0 && !ctx.placeAt[end]?.viaDemonym;
}

const kindHeadKeys = new Set(rules.kindHeads.map((h) => matchKey(h)));

/**
 * "المركز الإقليمي للأمن البحري": a noun that names a body only with a kind adjective and a ل
 * complement right after it opens that body's name (a head match at i), else undefined.
 */
export function kindHeadAt(ctx: Ctx, i: number): PhraseMatch<"head"> | undefined {
  const { tokens } = ctx.doc;
  const t = tokens[i]!;
  if (!t.arabic || t.kind !== "word" || !kindHeadKeys.has(t.key)) return undefined;
  const kind = tokens[i + 1];
  // "المركز الثاني لمجموعته" is a rank in a contest.
  if (!kind || kind.lineStart || unitOrdinalKeys.has(kind.key) || !(KIND_ADJECTIVE.test(kind.key) || ctx.placeAt[i + 1]?.viaDemonym)) return undefined;
  const aim = tokens[i + 2];
  if (!aim || aim.lineStart || !/^ل/.test(aim.key) || aim.key.startsWith("ال") || aim.key.length <= 3) return undefined;
  return { value: "head", first: i, last: i, start: t.start, end: t.end, clitic: "", surface: t.text };
}

const onPurposeKeys = new Set(rules.onPurposeNouns.map((w) => matchKey(w)));
const ON = matchKey("على");
// "على هامش", "على مدى", "على رأس": على opening an adverb of the sentence, not a training's field.
const ADVERBIAL_ON = new Set(["هامش", "مدى", "مدار", "رأس", "صعيد", "غرار", "حساب", "خلفية", "ضوء", "أساس", "مستوى"].map((w) => matchKey(w)));

/**
 * "معهد التدريب على عمليات حفظ السلام": a body named by a training it gives goes on with على and
 * what the training is in; returns the chain's last token, or -1 when `last` is no such noun.
 */
export function trainingObjectEnd(ctx: Ctx, last: number): number {
  const { tokens } = ctx.doc;
  if (!onPurposeKeys.has(tokens[last]!.key) || tokens[last + 1]?.key !== ON || tokens[last + 1]!.lineStart) return -1;
  const k = last + 2;
  if (!tokens[k] || ADVERBIAL_ON.has(tokens[k].key)) return -1;
  if (closesChain(ctx, k)) return k;
  return isBareNoun(ctx, k) ? governedChainEnd(ctx, k) : -1;
}
