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

const runningHeadKeys = new Set(rules.occasionRunning.heads.map((w) => matchKey(w)));
const occasionKeys = new Set(rules.occasionRunning.occasions.map((w) => matchKey(w)));

/**
 * "شاركت في تنظيم التظاهرة", "إن إدارة المهرجان خصصت": a head that is also the verbal noun of
 * running an occasion, in construct with that occasion, is the organizing or the management of
 * it, no body ("تنظيم القاعدة" and "إدارة الهجرة" govern no occasion and stay bodies); so is تنظيم
 * in construct with a flow it regulates ("تنظيم العبور"), and the head after في or على in construct with a thing managed ("في إدارة المنافذ").
 */
export function runsOccasion(ctx: Ctx, m: { first: number; last: number; clitic: string }): boolean {
  const { tokens } = ctx.doc;
  const head = tokens[m.first]!;
  const next = tokens[m.last + 1];
  if (m.first !== m.last || !next || next.lineStart || !head.arabic) return false;
  if (!runningHeadKeys.has(head.key.slice(m.clitic.length))) return false;
  if (head.key.slice(m.clitic.length) === REGULATING && flowKeys.has(next.key)) return true;
  return occasionKeys.has(next.key) || (managedKeys.has(next.key) && !m.clitic && MATTER_WORDS.has(tokens[m.first - 1]?.key ?? ""));
}

// "تبحث تنظيم العبور": regulating a flow of people or goods, no group ("إدارة الهجرة" stays a body).
const REGULATING = matchKey("تنظيم");
const flowKeys = new Set(rules.occasionRunning.regulatedFlows.map((w) => matchKey(w)));
const managedKeys = new Set(rules.occasionRunning.managedAfterMatter.map((w) => matchKey(w)));
// "تنسيق في إدارة المنافذ", "التدريب على إدارة سلاسل التوريد", "حسن إدارة الأزمة": the matter worked at.
const MATTER_WORDS = new Set(["في", "على", "حسن", "سوء"].map((w) => matchKey(w)));
