/**
 * "اجتماع برئاسة الربيعي": the meeting was chaired by someone; "رئاسة X" after ب names no body.
 * The words after it are the chair's name. The presidency or the staff as an institution
 * ("برئاسة الجمهورية" 'at the presidency', "برئاسة الأركان") keeps its institution word and
 * stays a body.
 */
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";

const CHAIRED_BY = /^و?بر[ئي]اس[ةه]$/u;
const INSTITUTION_KEYS = new Set(["الجمهورية", "الوزراء", "الحكومة", "الأركان", "الدولة", "الجامعة", "المجلس", "البرلمان", "الديوان", "هيئة", "أركان", "مجلس"].map((w) => matchKey(w)));

export function chairedByName(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const head = tokens[first];
  if (!head || !CHAIRED_BY.test(head.text) || last <= first) return false;
  for (let k = first + 1; k <= last; k++) if (INSTITUTION_KEYS.has(tokens[k]!.key)) return false;
  return true;
}
