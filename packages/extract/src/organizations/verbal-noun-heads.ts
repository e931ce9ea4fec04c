import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { isStopToken } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";
import { readings } from "../text/tokens";

/**
 * "وقع الجانبان بروتوكولا لتنظيم التدريبات": a head that is also a verbal noun (`verbalNounHeads`),
 * printed with ل right after an indefinite noun, says what that noun is for ("a protocol to
 * organize the drills"), no body. After a word of belonging ("خلية تابعة لتنظيم …",
 * `belongingWords`) it is the group the noun belongs to, and stays one.
 */

const verbalNounKeys = new Set(rules.verbalNounHeads.map((w) => matchKey(w)));
const belongingKeys = new Set(rules.belongingWords.map((w) => matchKey(w)));

export function isVerbalNounHead(ctx: Ctx, m: { first: number; last: number; clitic: string }): boolean {
  const { tokens } = ctx.doc;
  const head = tokens[m.first]!;
  if (m.first !== m.last || m.clitic !== "ل" || !verbalNounKeys.has(head.key.slice(1))) return false;
  const before = tokens[m.first - 1];
  if (!before || before.kind !== "word" || !before.arabic || head.lineStart || ctx.placeAt[m.first - 1]) return false;
  if (isStopToken(before) || belongingKeys.has(before.key)) return false;
  return !readings(before.key).some((r) => r.key.startsWith("ال"));
}
