import stopwords from "stopwords-iso";
import { tokenReadsAs, wordKey, type Token } from "./tokens";

/** Function words of Arabic and English (stopwords-iso), as folded keys. */
export const functionWordKeys: ReadonlySet<string> = new Set<string>([...stopwords.ar!, ...stopwords.en!].map(wordKey));

/** A particle, pronoun or other function word, with or without its proclitics. */
export function isFunctionWord(t: Token): boolean {
  return t.kind === "word" && (functionWordKeys.has(t.key) || (t.arabic && tokenReadsAs(t, functionWordKeys)));
}
