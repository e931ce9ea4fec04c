import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { readings, type Token } from "../text/tokens";
import { AGREEING_ADJECTIVE } from "./extent";

const genericKeys = new Set(rules.genericAdjectives.map((w) => matchKey(w)));

/**
 * "وأحالت الشرطة الملف إلى النيابة": a head printed with the article cannot stand in construct
 * with the noun after it, so a definite word that is neither an adjective agreeing with it, a
 * generic one ("العام") nor a place is the sentence going on (the verb's object), not the name.
 */
export function definiteHeadEndsBefore(ctx: Ctx, head: { first: number; last: number }, j: number): boolean {
  const { tokens } = ctx.doc;
  const h = tokens[head.first]!;
  const t = tokens[j];
  if (head.first !== head.last || !h.arabic || !t?.arabic || ctx.placeAt[j]) return false;
  const definite = (key: string) => readings(key).some((r) => r.key === key && key.startsWith("ال") && key.length > 3);
  // The article itself, after a conjunction or a preposition at most ("والشرطة", "للشرطة"); a word
  // that merely opens with و or ك before ال ("وكالة") is no definite head.
  if (!/^(و|ف)?((ب|ك)?ال|لل)/.test(h.key) || !readings(h.key).some((r) => r.key.startsWith("ال") && r.key.length > 3)) return false;
  return definite(t.key) && !AGREEING_ADJECTIVE.test(t.key) && !genericKeys.has(t.key);
}

/**
 * "أن المعرض يأتي ضمن خطة الهيئة للتعريف بالموقع", "استعداد البلدية لتسهيل الإجراءات": a head of one
 * word printed with the article (after a conjunction or a preposition at most) has dropped the
 * name it governs; a ل complement right after it, with no adjective of kind between ("اللجنة
 * الوزارية لدراسة …" is a name), says what the body told before does, and names no new body.
 */
export function isDefiniteHeadAlone(tokens: readonly Token[], head: { first: number; last: number }, oneWordHeads: ReadonlySet<string>): boolean {
  const h = tokens[head.first]!;
  return head.first === head.last && h.arabic && readings(h.key).some((r) => r.key.startsWith("ال") && oneWordHeads.has(r.key));
}
