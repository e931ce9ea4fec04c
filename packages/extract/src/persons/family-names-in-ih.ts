import { type Ctx } from "./anchor-spans";
import { isCalendarWord, isStopToken } from "./vocabulary";

/**
 * "وزير الدفاع X Y كوناتيه مع …": a third name word ending in ـيه (كوناتيه، دوبيه، ساليه), a
 * West African or French family name, is no noun with "his" when the name closes after it (a
 * comma, a full stop, a particle, a day or the end of the line): a noun with its pronoun after a
 * full name would go on to say something. The article never starts such a word, nor و، ف، ب، ل.
 */
export function familyNameInIh(ctx: Ctx, j: number): boolean {
  return familyWordClosingName(ctx, j, IN_IH);
}

/**
 * "الأمين العام للحلف مارك روته إن …": after an office, a one-word name goes on with a word ending
 * in ه (روته، غوته) when the name closes after it: a noun with "his" right after a bare given name
 * would go on to say something. Articles and proclitics (ال، و، ف، ب، ل) never open such a word.
 */
export function familyNameInH(ctx: Ctx, j: number): boolean {
  const t = ctx.doc.tokens[j];
  if (!t || t.kind !== "word" || !t.arabic || t.lineStart) return false;
  return familyWordClosingName(ctx, j, IN_H);
}

// Three letters or more, no clitic or article before them, and the ending.
const IN_IH = /^[^وفبل].{2,}يه$/u;
const IN_H = /^[^وفبل].{2,}ه$/u;

/** Word j, its diacritics aside, has the family name's ending and no article, and the name closes after it. */
function familyWordClosingName(ctx: Ctx, j: number, ending: RegExp): boolean {
  const t = ctx.doc.tokens[j]!;
  const raw = t.text.replace(/[\u064B-\u065F\u0670\u0640]/gu, "");
  return ending.test(raw) && !raw.startsWith("ال") && !isStopToken(t) && closesAfter(ctx, j);
}

function closesAfter(ctx: Ctx, j: number): boolean {
  const next = ctx.doc.tokens[j + 1];
  return !next || next.lineStart || next.kind !== "word" || isStopToken(next) || isCalendarWord(next);
}
