import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";

// A force's noun and the adjective of its branch ("القوة البحرية", "القوات الجوية").
const FORCE_NOUNS = new Set(["القوة", "القوات"].map(matchKey));
const BRANCH_ADJECTIVES = new Set(["البحرية", "الجوية", "البرية"].map(matchKey));
// The whole force a branch belongs to ("الجيش الكويتي", "القوات المسلحة …").
const PARENT_FORCES = new Set(["الجيش", "القوات"].map(matchKey));
const IN = matchKey("في");

/**
 * "قائد القوة البحرية في الجيش X": after a branch of a force, في names the force the branch is part
 * of, which only places the branch; it is part of the office, no body the office is held in. The gold
 * lists the branch by its own name where the story names it so, and the parent force not for this.
 * `first` is the first token of the body after في.
 */
export function branchInParentForce(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.key !== IN || !PARENT_FORCES.has(tokens[first]?.key ?? "")) return false;
  return BRANCH_ADJECTIVES.has(tokens[first - 2]?.key ?? "") && FORCE_NOUNS.has(tokens[first - 3]?.key ?? "");
}
