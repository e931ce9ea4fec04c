import rules from "../rules/topics.json";
import { sentenceOfToken, type Doc } from "../document";
import { PhraseTrie } from "../text/phrase-trie";
import type { Headline } from "./sea-context";

/**
 * Some cues of a topic are words of any trade: a berth or a tunnel is "built by" a contractor, a
 * port signs a "contract", a ferry comes from a "shipyard". They tell the arms industry only when
 * what is built or bought is a thing of force: such a cue counts when its own sentence, or the
 * headline, names arms, forces or security (the words of `inPassing.headlineWords`).
 */

const securityWords = new PhraseTrie<true>(rules.inPassing.headlineWords.map((w) => [w, true] as const));

/**
 * A test taking a cue's token range: whether a word of force stands in its sentence or in the
 * headline. The article is read for those words only when the first guarded cue is asked about.
 */
export function forceWordNear(doc: Doc, headline?: Headline | null): (cue: { first: number }) => boolean {
  let read: { sentences: Set<number>; inHeadline: boolean } | undefined;
  return (cue) => {
    read ??= readForceWords(doc, headline);
    if (read.inHeadline) return true;
    const s = sentenceOfToken(doc, cue.first);
    return !!s && read.sentences.has(s.index);
  };
}

function readForceWords(doc: Doc, headline?: Headline | null): { sentences: Set<number>; inHeadline: boolean } {
  const sentences = new Set<number>();
  let inHeadline = false;
  for (const m of securityWords.findAll(doc.tokens, doc.text)) {
    if (headline && m.first >= headline.first && m.first < headline.last) inHeadline = true;
    const s = sentenceOfToken(doc, m.first);
    if (s) sentences.add(s.index);
  }
  return { sentences, inHeadline };
}
