import { familyNameInH } from "./family-names-in-ih";
import { cutAtNameEnd } from "../ner/tagged-name-end";
import { type Ctx, joinKeys, type NameSpan, nameSpan } from "./anchor-spans";
import { nameAt } from "./names";

/**
 * The name right after an office ("بحثت مع رئيسة البعثة X Y أوضاع المهاجرين"): past its first two
 * words it ends before what the sentence's verb governs, a present-tense verb or a noun in construct
 * with a definite noun, as a name after a nationality does (`cutAtNameEnd`). `anchored`: a nationality
 * stands between the office and the name, which then reads as after a rank.
 */
export function nameAfterRole(ctx: Ctx, i: number, anchored = false): NameSpan | null {
  const once = nameAt(ctx, i, anchored);
  if (!once || !ctx.doc.tokens[once.first]!.arabic) return once;
  const read = once.first === once.last && familyNameInH(ctx, once.last + 1) ? nameSpan(ctx, once.first, once.last + 1, joinKeys(ctx.doc.tokens, once.first, once.last + 1), once.start) : once;
  const cut = cutAtNameEnd(ctx, read);
  if (cut.last === read.last) return read;
  return nameSpan(ctx, read.first, cut.last, joinKeys(ctx.doc.tokens, read.first, cut.last), read.start);
}
