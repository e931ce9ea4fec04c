import rules from "./rules/topics.json";
import type { Doc } from "./document";
import { PhraseTrie } from "./text/phrase-trie";
import { countJointDrills } from "./topics-joint-drills";
import { cueAtSea, type Headline } from "./topics-sea-context";

/**
 * Topics of the taxonomy in ../shared/gold/FORMAT.md, from cue phrases (rules/topics.json). An
 * article with no cue for any topic gets "other".
 */

type Topic = keyof typeof rules.topics;
interface TopicDef {
  min: number;
  cues: string[];
  /** Institutions and places news names in passing: each counts half a cue. */
  weakCues?: string[];
}
interface Cue {
  topic: Topic;
  weight: number;
}

const trie = new PhraseTrie<Cue[]>();
{
  const byPhrase = new Map<string, Cue[]>();
  const add = (phrase: string, cue: Cue) => byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), cue]);
  for (const [topic, def] of Object.entries(rules.topics) as [Topic, TopicDef][]) {
    for (const phrase of def.cues) add(phrase, { topic, weight: 1 });
    for (const phrase of def.weakCues ?? []) add(phrase, { topic, weight: 0.5 });
  }
  for (const [phrase, cues] of byPhrase) trie.add(phrase, cues);
}

const markers = new PhraseTrie<true>(rules.eventTopic.markers.map((m) => [m, true] as const));
const DIPLOMATIC = new Set(["meeting", "visit", "agreement", "reception", "conference"]);

/** What the topics read of an event: its kind, the states taking part, and whether it is told as earlier news. */
export interface TopicEvent {
  type: string;
  countries: readonly string[];
  /** Told as what had happened before the story ("وكان … قد التقى", "after the two signed … in 2021"). */
  earlier?: boolean;
}

export function readTopics(doc: Doc, events: readonly TopicEvent[] = [], headline?: Headline | null): string[] {
  const counts = new Map<Topic, number>();
  const cues = trie.findAll(doc.tokens, doc.text);
  const atSea = cueAtSea(doc, cues, headline);
  for (const m of cues) {
    for (const { topic, weight } of m.value) {
      if (!atSea(topic, m)) counts.set(topic, (counts.get(topic) ?? 0) + weight);
    }
  }
  // Officials of armed forces of two states meeting, visiting or signing: military cooperation. A
  // minister touring his own troops cooperates with no one. A meeting told as earlier news is the
  // story's backdrop (talks on a war, a peace deal of past years), not what it reports.
  const betweenStates = events.some((e) => DIPLOMATIC.has(e.type) && !e.earlier && new Set(e.countries).size >= 2);
  if (betweenStates && markers.findAll(doc.tokens, doc.text).length >= 2) {
    const t = rules.eventTopic.topic as Topic;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const drills = countJointDrills(doc);
  if (drills) {
    const t = rules.jointDrills.topic as Topic;
    counts.set(t, (counts.get(t) ?? 0) + drills);
  }
  const out: string[] = [];
  for (const [topic, def] of Object.entries(rules.topics) as [Topic, TopicDef][]) {
    if ((counts.get(topic) ?? 0) >= def.min) out.push(topic);
  }
  return out.length ? out : ["other"];
}
