import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { readings } from "../text/tokens";
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
