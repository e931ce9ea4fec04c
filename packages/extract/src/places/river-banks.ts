/**
 * "على الضفة الغربية لبحيرة النوبة", "الضفة الشرقية للنيل": a bank followed by the water it lines
 * (a word in ل) is that river's or lake's side, not the region the same words name alone (the West
 * Bank of the Jordan, listed as a state's region).
 */
import type { Token } from "../text/tokens";

const BANK = /^(ال)?ضف[ةه]$/u;
// The water after ل: a lake, a river, a canal, a valley, or the Nile, Jordan or Euphrates by name.
const OF_WATER = /^(لل|ل)(بحير|نهر|انهار|قنا[ةه]|واد|نيل|اردن|فرات|دجل|مجر|خليج|سد)/u;

export function namesRiverBank(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.kind !== "word" || next.lineStart || !BANK.test(tokens[first]!.key)) return false;
  return OF_WATER.test(next.key);
}
