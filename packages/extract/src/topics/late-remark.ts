import rules from "../rules/topics.json";
import type { Doc } from "../document";
import type { PhraseMatch } from "../text/phrase-trie";

/**
 * A story about a border deal or a police accord may close on a remark about the economy (the
 * investors a visa waiver drew, what a port's exports earn). A topic named once, and only in the
 * story's closing part, beside other topics the story is about, is such a remark. A story with no
 * other topic keeps it: its one subject may be economic though named late. A short story has no
 * closing part apart from its lead: the first `leadSentences` sentences (headline, dateline, lead)
 * never close it.
 */

const { topics, from, leadSentences } = rules.lateRemark;
const remarkTopics = new Set<string>(topics);
const minOf = (topic: string) => (rules.topics as Record<string, { min: number }>)[topic]?.min ?? 1;

/**
 * Topics among `cues` (matches of the topic dictionary) named once and only in the story's
 * closing part, when `counts` (cue weight per topic) holds another topic the story is about.
 */
export function lateRemarks(doc: Doc, cues: readonly PhraseMatch<readonly { topic: string }[]>[], counts: ReadonlyMap<string, number>): Set<string> {
  const closing = Math.max(Math.floor(doc.text.length * from), doc.sentences[leadSentences]?.start ?? Infinity);
  const seen = new Map<string, { count: number; late: boolean }>();
  for (const m of cues) {
    for (const c of m.value) {
      if (!remarkTopics.has(c.topic)) continue;
      const s = seen.get(c.topic) ?? { count: 0, late: true };
      s.count++;
      s.late &&= m.start >= closing;
      seen.set(c.topic, s);
    }
  }
  const late = new Set([...seen].filter(([, s]) => s.count === 1 && s.late).map(([t]) => t));
  const aboutElse = [...counts].some(([t, n]) => !late.has(t) && n >= minOf(t));
  return aboutElse ? late : new Set();
}
