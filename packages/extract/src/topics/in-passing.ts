import rules from "../rules/topics.json";
import type { Doc } from "../document";
import { PhraseTrie, type PhraseMatch } from "../text/phrase-trie";
import type { Headline } from "./sea-context";

/**
 * A story about something else (a regatta, a heritage festival, a gas plant) may name one thing of
 * security in passing: the navy patrol boat the race is watched from, the training programmes that
 * revived a craft. An analyst files such a story under its own subject, not under the security
 * topic of that one word. So when the headline speaks of no security matter and the whole story
 * gives the security topics a single cue, those topics are left out.
 */

const { civilTopics, headlineWords } = rules.inPassing;
const civil = new Set<string>(civilTopics);
const securityWords = new PhraseTrie<true>(headlineWords.map((w) => [w, true] as const));
const MIN_HEADLINE_WORDS = 4;

/**
 * Whether the security cues among `cues` (matches of the topic dictionary, each with its topics
 * and weights) name security only in passing.
 */
export function securityInPassing(
  doc: Doc,
  cues: readonly PhraseMatch<readonly { topic: string; weight: number }[]>[],
  headline?: Headline | null,
): boolean {
  // A label over the story ("خبر", a section's name) says nothing of what it is about.
  if (!headline || wordsIn(doc, headline) < MIN_HEADLINE_WORDS) return false;
  const inHeadline = (m: { first: number }) => m.first >= headline.first && m.first < headline.last;
  let weight = 0;
  for (const m of cues) {
    for (const c of m.value) {
      if (civil.has(c.topic)) continue;
      // A security cue in the headline says what the story is about.
      if (inHeadline(m)) return false;
      weight += c.weight;
    }
  }
  if (weight === 0 || weight > 1) return false;
  return !headlineSpeaksOfSecurity(doc, headline);
}

/** Whether the headline names forces, arms, attacks, smuggling or the services that carry them (`inPassing.headlineWords`). */
export function headlineSpeaksOfSecurity(doc: Doc, headline: Headline): boolean {
  return securityWords.findAll(doc.tokens, doc.text).some((m) => m.first >= headline.first && m.first < headline.last);
}

function wordsIn(doc: Doc, range: Headline): number {
  let n = 0;
  for (let k = range.first; k < range.last; k++) if (doc.tokens[k]!.kind !== "punct") n++;
  return n;
}
