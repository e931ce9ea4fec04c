import rules from "../rules/topics.json";
import type { Doc } from "../document";
import { tokenReadsAs, tokenize } from "../text/tokens";

/**
 * Two sides sharing what they know, named with the things shared between the verb and the noun of
 * information (`share radar and sonar data`, `share databases`,
 * `لتبادل الخبرات والمعلومات`): intelligence sharing, whatever the words between (the phrase
 * dictionary reads only the verb and the noun side by side). A verb of sharing and a noun of
 * information within `reach` words, in one clause (no punctuation between, but the hyphen of a
 * compound), on one line.
 */

const { verbs, nouns, reach } = rules.sharedInformation;
const keysOf = (list: string[]) => new Set(list.map((w) => tokenize(w)[0]!.key));
const verbKeys = keysOf(verbs);
const nounKeys = keysOf(nouns);

/** Token ranges [first, last] of each telling of information shared (the topic is `rules.sharedInformation.topic`). */
export function sharedInformation(doc: Doc): { first: number; last: number }[] {
  const { tokens } = doc;
  const found: { first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== "word" || !tokenReadsAs(tokens[i]!, verbKeys)) continue;
    for (let j = i + 1, words = 0; j < tokens.length && words < reach; j++) {
      const t = tokens[j]!;
      if (t.lineStart || (t.kind === "punct" && t.text !== "-")) break;
      if (t.kind !== "word") continue;
      words++;
      if (tokenReadsAs(t, nounKeys)) {
        found.push({ first: i, last: j });
        break;
      }
    }
  }
  return found;
}
