import rules from "../rules/topics.json";
import type { Doc } from "../document";
import { PhraseTrie, type PhraseMatch } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import { forceWordNear } from "./guarded-cues";
import { securityInPassing } from "./in-passing";
import { talkedOver } from "./talked-over";
import { countJointDrills } from "./joint-drills";
import { lateRemarks } from "./late-remark";
import { sharedInformation } from "./shared-information";
import { civilStory, sideRemarks } from "./civil-subject";
import { cueAtSea, type Headline } from "./sea-context";
import { foreignMinisterTalks } from "./foreign-minister-talks";

/**
 * Topics of the taxonomy in ../shared/gold/FORMAT.md, from cue phrases (rules/topics.json). An
 * article with no cue for any topic gets "other".
 */

type Topic = keyof typeof rules.topics;
interface TopicDef {
  min: number;
  cues: string[];
  /** Words news uses in passing (a place, a trade, a deal): each mention counts half a cue. */
  weakCues?: string[];
  /** Institutions named in passing: half a cue, once however often the story names them. */
  bodies?: string[];
  /** Cues (of `cues` or `weakCues`) that are words of any trade: they count only beside a word of force (guarded-cues.ts). */
  guarded?: string[];
}
interface Cue {
  topic: Topic;
  weight: number;
  once?: boolean;
  guarded?: boolean;
}

const trie = new PhraseTrie<Cue[]>();
{
  const byPhrase = new Map<string, Cue[]>();
  const add = (phrase: string, cue: Cue) => byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), cue]);
  // A body with or without its article (حكومة, الحكومة) is one body: one cue object, counted once.
  const bodyCues = new Map<string, Cue>();
  const bodyCue = (topic: Topic, phrase: string): Cue => {
    const key = `${topic} ${matchKey(phrase).replace(/^ال/u, "")}`;
    const cue = bodyCues.get(key) ?? { topic, weight: 0.5, once: true };
    bodyCues.set(key, cue);
    return cue;
  };
  for (const [topic, def] of Object.entries(rules.topics) as [Topic, TopicDef][]) {
    const guarded = new Set(def.guarded);
    for (const phrase of def.cues) add(phrase, { topic, weight: 1, guarded: guarded.has(phrase) });
    for (const phrase of def.weakCues ?? []) add(phrase, { topic, weight: 0.5, guarded: guarded.has(phrase) });
    for (const phrase of def.bodies ?? []) add(phrase, bodyCue(topic, phrase));
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
  /** A drill or exercise ("began a week-long exercise"). */
  drill?: boolean;
  /** Whether an official of the armed forces or of defence takes part; unset when no one is named. */
  armedOfficials?: boolean;
  /** Where the sentence telling it stands in the text. */
  evidence?: { start: number; end: number };
}

/** Whether an event brings officials of two states together: a conference only when it has just two. */
function statesTogether(e: TopicEvent): boolean {
  const states = new Set(e.countries).size;
  return states >= 2 && (e.type !== "conference" || states === 2);
}

const sharedCue: Cue = { topic: rules.sharedInformation.topic as Topic, weight: 1 };

/**
 * "share radar and sonar data": a cue of information shared with the things shared named between
 * the verb and the noun, read as one more match of the dictionary (so a story that names it in
 * passing, or of ships, reads it as it reads the others) unless a phrase of the topic already
 * starts at its verb.
 */
function withSharedInformation(cues: PhraseMatch<Cue[]>[], doc: Doc): PhraseMatch<Cue[]>[] {
  const found = sharedInformation(doc);
  if (!found.length) return cues;
  const starts = new Set(cues.filter((m) => m.value.some((c) => c.topic === sharedCue.topic)).map((m) => m.first));
  return [...cues, ...found.filter((m) => !starts.has(m.first)).map((m) => matchOf(doc, m, [sharedCue]))];
}

/** A range of tokens as a match of the dictionary, printed as the text prints it. */
function matchOf<V>(doc: Doc, m: { first: number; last: number }, value: V): PhraseMatch<V> {
  const start = doc.tokens[m.first]!.start, end = doc.tokens[m.last]!.end;
  return { value, first: m.first, last: m.last, start, end, clitic: "", surface: doc.text.slice(start, end) };
}

export function readTopics(doc: Doc, events: readonly TopicEvent[] = [], headline?: Headline | null): string[] {
  const counts = new Map<Topic, number>();
  const cues = withSharedInformation(trie.findAll(doc.tokens, doc.text), doc);
  const atSea = cueAtSea(doc, cues, headline);
  const forceNear = forceWordNear(doc, headline);
  // A word of any trade with no word of force beside it is no cue at all (a berth built by a
  // contractor), for what the topics count and for the rules that weigh how often a topic is named.
  const live = cues.map((m) => ({ ...m, value: m.value.filter((c) => !c.guarded || forceNear(m)) })).filter((m) => m.value.length);
  // A body named in passing is named in passing however often the story repeats its name; two
  // different bodies add up.
  const bodiesSeen = new Set<Cue>();
  for (const m of live) {
    for (const cue of m.value) {
      if (cue.once) {
        if (bodiesSeen.has(cue)) continue;
        bodiesSeen.add(cue);
      }
      if (!atSea(cue.topic, m)) counts.set(cue.topic, (counts.get(cue.topic) ?? 0) + cue.weight);
    }
  }
  // One word of security in a story about something else is said in passing.
  // But the region's security named as what two sides discussed at their talks is what the talks
  // were about, not a word in passing.
  if (securityInPassing(doc, live, headline)) {
    const talked = talkedOver(doc);
    const subjects = new Set<string>(rules.inPassing.talksSubjects);
    const kept = new Set(live.flatMap((m) => (talked(m) ? m.value.filter((c) => subjects.has(c.topic)).map((c) => c.topic) : [])));
    for (const topic of counts.keys()) if (!rules.inPassing.civilTopics.includes(topic) && !kept.has(topic)) counts.delete(topic);
  }
  // The economy named once as the story closes, beside what the story is about (once security
  // said in passing is left out), is a remark.
  for (const topic of lateRemarks(doc, cues, counts)) counts.delete(topic as Topic);
  // The economy named once in a story about relief, health care or culture is a remark on the side.
  for (const topic of sideRemarks(doc, cues, headline)) counts.delete(topic as Topic);
  // Officials of armed forces of two states meeting, visiting or signing: military cooperation. A
  // minister touring his own troops cooperates with no one. A meeting told as earlier news is the
  // story's backdrop (talks on a war, a peace deal of past years), not what it reports.
  // So are the forces of two states drilling together, whether or not the story calls it joint.
  // A conference of three states or more is a forum on its subject (a border, a terror threat),
  // not two forces working together: the story is filed under what the forum discusses.
  // Officials named at those meetings, none of them of the armed forces or of defence, meet on other
  // matters (police, borders, trade): the forces of the two states do not cooperate there. A drill
  // is the forces' own, whoever the story names leading it.
  const together = events.filter((e) => (DIPLOMATIC.has(e.type) || e.drill) && !e.earlier && statesTogether(e));
  const betweenStates = together.some((e) => e.drill || e.armedOfficials) || (together.length > 0 && together.every((e) => e.armedOfficials === undefined));
  if (betweenStates && markers.findAll(doc.tokens, doc.text).length >= 2) {
    const t = rules.eventTopic.topic as Topic;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  // A foreign minister's talks or visit abroad are diplomacy, whatever the sides sign.
  if (foreignMinisterTalks(doc, events)) {
    const t = rules.foreignMinisterTalks.topic as Topic;
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
  // A story about relief, health care or culture is filed under "other" beside what else it tells.
  if (!out.length || civilStory(doc, headline)) out.push("other");
  return out;
}
