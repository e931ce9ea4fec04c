import type { Ctx } from "../persons/anchor-spans";

/** How far after an office a name that holds it may still stand ("مدير X، وهو العقيد NAME"). */
const HOLDER_REACH = 8;

/**
 * "بحضور مدير الإمداد للجيش X"، "التقى الوفد رئيس هيئة الموانئ X، حيث …": an
 * office no one named holds is no person's role, so the body of a state it names (a nationality
 * or a state in the body's name) is named for itself and is a body of the story. Not in the
 * headline, which names offices whose holders the body names, nor when a name follows the office
 * closely (its holder, with a rank or words the rules do not read between).
 */
export function namedInUnheldOffice(
  ctx: Ctx,
  org: { first: number; last: number },
  office: { first: number; last: number },
  personTokens: ReadonlySet<number>,
  bodyStart: number,
): boolean {
  const { tokens } = ctx.doc;
  if (tokens[office.first]!.start < bodyStart) return false;
  let ofState = false;
  for (let k = org.first; k <= org.last; k++) if (ctx.placeAt[k]?.iso2) ofState = true;
  if (!ofState) return false;
  for (let k = office.last + 1; k <= office.last + HOLDER_REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lineStart || t.text === ".") break;
    if (personTokens.has(k)) return false;
  }
  return true;
}
