import rules from "./rules/organizations.json";
import { matchKey } from "./text/normalize";
import { readings, type Token } from "./text/tokens";

// "مدينة", "بلدة", "قرية": nouns that only say the name after them is a town's.
const townHeadKeys = new Set(rules.placeHeadsOutsideName.map((w) => matchKey(w)));

/**
 * "قرب بلدة أيورو": the word after a town noun (with its clitics: "ببلدة", "لمدينة") names the
 * town, so the tagger's reading of it as a person's name is set aside.
 */
export function afterTownHead(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return !!before && before.kind === "word" && readings(before.key).some((r) => townHeadKeys.has(r.key));
}
