import rules from "../rules/topics.json";
import { PhraseTrie } from "../text/phrase-trie";
import { tokenize } from "../text/tokens";

/**
 * Interior ministers signing a pact on drug smuggling, foreign ministers reviving a border team:
 * two states meeting, but no forces working together. A meeting makes military cooperation when
 * one of the officials taking part holds an office of the armed forces or of defence.
 */

const words = new PhraseTrie<true>(rules.eventTopic.officialWords.map((w) => [w, true] as const));
const policeWords = new PhraseTrie<true>(rules.eventTopic.policeWords.map((w) => [w, true] as const));

/**
 * An official of the armed forces or of defence: one whose role names them. A rank alone does not
 * tell: police generals and professors print one too.
 */
export function isArmedOfficial(p: { role: string | null }): boolean {
  return roleNames(words, p.role);
}

function roleNames(list: PhraseTrie<true>, role: string | null): boolean {
  return !!role && list.findAll(tokenize(role), role).length > 0;
}

/**
 * Whether the forces of the states at a meeting work together: an official of the armed forces or
 * of defence takes part, and no state is there only through officials of its interior ministry or
 * police (a defence minister signing a border plan with an interior minister, a general sitting in
 * on two interior ministers' talks: policing, not the forces of two states). Unset when no one is
 * named.
 */
export function forcesTogether(people: readonly { role: string | null; country: string | null }[]): boolean | undefined {
  if (!people.length) return undefined;
  if (!people.some(isArmedOfficial)) return false;
  const states = new Set(people.map((p) => p.country).filter((c) => c !== null));
  return ![...states].some((c) => {
    const own = people.filter((p) => p.country === c);
    return !own.some(isArmedOfficial) && own.some((p) => roleNames(policeWords, p.role));
  });
}
