import eventRules from "../rules/events.json";
import type { Doc } from "../document";
import { PhraseTrie } from "../text/phrase-trie";

/**
 * A subject the two sides "discussed" or "بحث" at their talks is what the talks were about, even
 * when the story names it once: unlike a word in passing (a patrol boat watching a race), it is
 * the matter the officials sat down over. Words of talks are the meeting cues of rules/events.json.
 */

const { meeting, weakMeeting } = eventRules;
const talksWords = new PhraseTrie<true>([...meeting.ar, ...meeting.en, ...weakMeeting.ar, ...weakMeeting.en].map((w) => [w, true] as const));

/** A test taking a cue's match: whether its sentence tells of talks. */
export function talkedOver(doc: Doc): (cue: { first: number }) => boolean {
  let sentences: Set<number> | undefined;
  return (cue) => {
    sentences ??= new Set(talksWords.findAll(doc.tokens, doc.text).map((m) => sentenceIndex(doc, m.first)));
    return sentences.has(sentenceIndex(doc, cue.first));
  };
}

function sentenceIndex(doc: Doc, token: number): number {
  return doc.sentences.find((s) => token >= s.first && token < s.last)?.index ?? -1;
}
