import rules from "./rules/topics.json";
import type { Doc } from "./document";
import { PhraseTrie } from "./text/phrase-trie";

/**
 * Topics of the taxonomy in ../shared/gold/FORMAT.md, from cue phrases (rules/topics.json). An
 * article with no cue for any topic gets "other".
 */

type Topic = keyof typeof rules.topics;
const trie = new PhraseTrie<Topic[]>();
{
  const byPhrase = new Map<string, Topic[]>();
  for (const [topic, def] of Object.entries(rules.topics) as [Topic, { cues: string[] }][]) {
    for (const cue of def.cues) byPhrase.set(cue, [...(byPhrase.get(cue) ?? []), topic]);
  }
  for (const [phrase, topics] of byPhrase) trie.add(phrase, topics);
}

const markers = new PhraseTrie<true>(rules.eventTopic.markers.map((m) => [m, true] as const));
const DIPLOMATIC = new Set(["meeting", "visit", "agreement", "reception", "conference"]);

export function readTopics(doc: Doc, eventTypes: string[] = []): string[] {
  const counts = new Map<Topic, number>();
  for (const m of trie.findAll(doc.tokens, doc.text)) for (const t of m.value) counts.set(t, (counts.get(t) ?? 0) + 1);
  // Officials of armed forces meeting, visiting or signing: military cooperation.
  if (eventTypes.some((t) => DIPLOMATIC.has(t)) && markers.findAll(doc.tokens, doc.text).length >= 2) {
    const t = rules.eventTopic.topic as Topic;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const [topic, def] of Object.entries(rules.topics) as [Topic, { min: number }][]) {
    if ((counts.get(topic) ?? 0) >= def.min) out.push(topic);
  }
  return out.length ? out : ["other"];
}
