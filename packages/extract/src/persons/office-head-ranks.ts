import rules from "../rules/persons.json";
import { ENGLISH_ARTICLES } from "../text/english-marks";
import { wordKey } from "../text/tokens";
import type { Ctx } from "./anchor-spans";
import { isStopToken, roleContinuerKeys, ruleRankTrie, unitNounKeys } from "./vocabulary";

/**
 * "where its head, Commander X, showed them": an English office head that is also a naval rank
 * (officeHeadRanksEn) is the rank when printed bare, capitalized, right before a name, with no word
 * of an office before it. "Army Commander General X" and "Deputy Commander X" keep the office: a
 * word of the office precedes it, or a rank follows it.
 */

const RANK_HEADS = new Set(rules.officeHeadRanksEn.en.map(wordKey));

export function isBareOfficeHeadRank(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx.doc;
  const t = tokens[i];
  if (!t || t.arabic || t.kind !== "word" || !t.capital || !RANK_HEADS.has(t.key)) return false;
  const next = tokens[i + 1];
  if (!next || next.kind !== "word" || next.arabic || !next.capital || next.lineStart || isStopToken(next)) return false;
  // "Commander Joint Forces", "Commander Navy", "Commander Ghana Army": an office's field, no name.
  if (unitNounKeys.has(next.key) || roleContinuerKeys.has(next.key) || ctx.placeAt[i + 1] || ruleRankTrie.matchAt(tokens, i + 1, text)) return false;
  const prev = tokens[i - 1];
  if (!prev || t.lineStart || prev.kind !== "word") return true;
  // "Army Commander", "the commander", "the force's Commander": a word of the office or its owner before it.
  const possessive = prev.key === "s" && /^['’]$/u.test(tokens[i - 2]?.text ?? "");
  return !prev.capital && !possessive && !roleContinuerKeys.has(prev.key) && !ENGLISH_ARTICLES.has(prev.key);
}
