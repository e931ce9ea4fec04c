import rules from "../rules/topics.json";
import type { Doc } from "../document";
import { PhraseTrie, type PhraseMatch } from "../text/phrase-trie";
import type { Headline } from "./sea-context";
import { headlineSpeaksOfSecurity } from "./in-passing";

/**
 * A story about relief, health care or culture (food baskets handed out, a maternity ward opened, a
 * festival under way) may name the economy once on the side: the development fund that pays for the
 * wells, tourism's share of the island's income. The analyst files it under its own subject. So when
 * the headline names such a subject and none of a topic's cues, one cue of the topic in the body is
 * left out; two cues, or one in the headline, keep it.
 */

const { topics, headlineWords } = rules.civilSubject;
const sideTopics = new Set<string>(topics);
const civilWords = new PhraseTrie<true>(headlineWords.map((w) => [w, true] as const));

function civilHeadline(doc: Doc, headline: Headline): boolean {
  return civilWords.findAll(doc.tokens, doc.text).some((m) => m.first >= headline.first && m.first < headline.last);
}

/**
 * Whether the story is about relief, health care or culture: its headline names one of them and
 * no matter of security. Such a story is filed under "other" even when it also tells a topic of
 * the list (relief for refugees is migration, and still a relief story).
 */
export function civilStory(doc: Doc, headline?: Headline | null): boolean {
  return !!headline && civilHeadline(doc, headline) && !headlineSpeaksOfSecurity(doc, headline);
}

/** Topics among `cues` named once, on the side of a story whose headline names relief, health care or culture. */
export function sideRemarks(doc: Doc, cues: readonly PhraseMatch<readonly { topic: string; weight: number }[]>[], headline?: Headline | null): Set<string> {
  if (!headline) return new Set();
  const inHeadline = (m: { first: number }) => m.first >= headline.first && m.first < headline.last;
  if (!civilHeadline(doc, headline)) return new Set();
  const weight = new Map<string, number>();
  const named = new Set<string>();
  for (const m of cues) {
    for (const c of m.value) {
      if (!sideTopics.has(c.topic)) continue;
      if (inHeadline(m)) named.add(c.topic);
      weight.set(c.topic, (weight.get(c.topic) ?? 0) + c.weight);
    }
  }
  return new Set([...weight].filter(([t, w]) => w <= 1 && !named.has(t)).map(([t]) => t));
}
