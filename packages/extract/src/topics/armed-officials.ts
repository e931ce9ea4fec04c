import rules from "../rules/topics.json";
import { PhraseTrie } from "../text/phrase-trie";
import { tokenize } from "../text/tokens";

/**
 * Interior ministers signing a pact on drug smuggling, foreign ministers reviving a border team:
 * two states meeting, but no forces working together. A meeting makes military cooperation when
 * one of the officials taking part holds an office of the armed forces or of defence.
 */

const words = new PhraseTrie<true>(rules.eventTopic.officialWords.map((w) => [w, true] as const));

/**
 * An official of the armed forces or of defence: one whose role names them. A rank alone does not
 * tell: police generals and professors print one too.
 */
export function isArmedOfficial(p: { role: string | null }): boolean {
  if (!p.role) return false;
  return words.findAll(tokenize(p.role), p.role).length > 0;
}
