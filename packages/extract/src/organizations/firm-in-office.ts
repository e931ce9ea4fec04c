import { companyHeadKeys } from "../persons/vocabulary";
import { wordKey, type Token } from "../text/tokens";

// Trade words that close an English firm's name besides the company heads of organizations.json.
const TRADE_KEYS = new Set(["Construction", "Holdings", "Industries", "Shipbuilding", "Airlines"].map(wordKey));

/**
 * "the chairman of X Marine Construction, Mr. Y,": an English office held "of" a firm named by its
 * trade keeps the firm an organization of the story, as the gold has every such firm; a body of
 * state in the office ("commander of the Navy") stays part of the title. `first` and `last` span
 * the body.
 */
export function firmOfOffice(tokens: readonly Token[], first: number, last: number): boolean {
  const closing = tokens[last]?.key ?? "";
  if (!companyHeadKeys.has(closing) && !TRADE_KEYS.has(closing)) return false;
  let b = first - 1;
  if (tokens[b]?.key === "the") b--;
  return tokens[b]?.key === "of";
}
