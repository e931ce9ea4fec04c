import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { readsAs, tokenReadsAs } from "../text/tokens";

/** Management's nouns, in construct with the body they manage. */
const managementKeys = new Set(["إدارة"].map((w) => matchKey(w)));
/** Heads of a public or private establishment that has a management of its own. */
const establishmentKeys = new Set(["المؤسسة", "الشركة", "الهيئة", "المجموعة", "الصندوق", "البنك", "الجامعة"].map((w) => matchKey(w)));

/**
 * "في مبنى إدارة المؤسسة العامة لـ…": the management in construct with an establishment named with
 * its article is that establishment's running, no body of its own; the body is the establishment.
 * ("إدارة الجمارك" is a body: customs is no establishment's head.)
 */
export function managesEstablishment(ctx: Ctx, head: { first: number; last: number }): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[head.first]!;
  const next = tokens[head.last + 1];
  if (head.first !== head.last || !t.arabic || !next?.arabic) return false;
  return tokenReadsAs(t, managementKeys) && !t.key.includes("ال") && readsAs(next.key, establishmentKeys) && next.key.startsWith("ال");
}
