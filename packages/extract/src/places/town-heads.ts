import rules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";

// "معسكر بوتمير قرب سراييفو", "جزيرة بوني قبالة …", "دورية للجيش قرب بلدة X": a word of relative
// position starts what says where; it is part of no name.
export const positionKeys = new Set(["قرب", "قبالة", "بالقرب", "عند", "داخل", "خارج", "حول", "أمام", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"].map((w) => matchKey(w)));

// "مدينة", "بلدة", "قرية": nouns that only say the name after them is a town's.
const townHeadKeys = new Set(rules.placeHeadsOutsideName.map((w) => matchKey(w)));

/**
 * "قرب بلدة أيورو": the word after a town noun (with its clitics: "ببلدة", "لمدينة") names the
 * town, so the tagger's reading of it as a person's name is set aside.
 */
export function afterTownHead(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return !!before && before.kind === "word" && tokenReadsAs(before, townHeadKeys);
}
