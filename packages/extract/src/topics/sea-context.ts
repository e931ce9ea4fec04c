import rules from "../rules/topics.json";
import type { Doc } from "../document";
import { PhraseTrie, type PhraseMatch } from "../text/phrase-trie";
import { tokenize } from "../text/tokens";
import { COMMAS, SEMICOLONS } from "../text/punctuation";

/**
 * Smuggling at sea, and information two navies share about ships and sea incidents, are what
 * analysts file under maritime security, not border security or intelligence sharing. A cue of
 * those topics followed in its sentence by words of the sea, in a sentence naming neither a land
 * border nor armed men (whose movements are intelligence wherever they go), is no cue of them (maritime security has cues of its
 * own). The headline says what the story is about, so a cue there always counts.
 */

const { topics, armedTopic, sea, land, armed, armedForces } = rules.seaContext;
const atSeaTopics = new Set<string>(topics);
const words = (list: string[]) => new PhraseTrie<true>(list.map((w) => [w, true] as const));
const seaWords = words(sea);
const landWords = words(land);
// A state's own armed forces (القوات المسلحة) are read whole, so their adjective names no armed men.
const armedWords = new PhraseTrie<boolean>([...armed.map((w) => [w, true] as const), ...armedForces.map((w) => [w, false] as const)]);

/** Token range [first, last) of the headline, if the article prints one. */
export interface Headline {
  first: number;
  last: number;
}

/**
 * Which topic cues among `cues` (matches of the topic dictionary) speak of the sea rather than of
 * what their topic names: returns a test taking a cue's topic and its match.
 */
export function cueAtSea(
  doc: Doc,
  cues: readonly PhraseMatch<readonly { topic: string }[]>[],
  headline?: Headline | null,
): (topic: string, cue: { first: number; last: number }) => boolean {
  // Most articles have no cue of these topics: the article is read for sea, land and armed words
  // only when the first one is asked about.
  let read: SeaWordsRead | undefined;
  return (topic, cue) => {
    if (!atSeaTopics.has(topic)) return false;
    if (headline && cue.first >= headline.first && cue.first < headline.last) return false;
    const { sentenceOf, seaAt, withLand, withArmed } = (read ??= readSeaWords(doc, cues));
    const s = sentenceOf[cue.first] ?? -1;
    if (s < 0 || withLand.has(s) || withArmed.has(s)) return false;
    return seaAt.some((k) => k > cue.last && sentenceOf[k] === s && !clauseBreakBetween(doc, cue.last, k));
  };
}

/** Where the article prints words of the sea, and which sentences name a land border or armed men. */
interface SeaWordsRead {
  /** The sentence of each token (-1: none). */
  sentenceOf: Int32Array;
  seaAt: number[];
  withLand: Set<number | undefined>;
  withArmed: Set<number | undefined>;
}

function readSeaWords(doc: Doc, cues: readonly PhraseMatch<readonly { topic: string }[]>[]): SeaWordsRead {
  const sentenceOf = new Int32Array(doc.tokens.length).fill(-1);
  for (const s of doc.sentences) for (let k = s.first; k < s.last; k++) sentenceOf[k] = s.index;
  const sentencesOf = (matches: readonly { first: number }[]) => new Set(matches.map((m) => sentenceOf[m.first]));
  // Where sea words stand: what is smuggled or reported on is named after the verb ("smuggling
  // fuel to tankers", "information on ship movements"); a navy named before it only says who acts.
  const seaAt = seaWords.findAll(doc.tokens, doc.text).map((m) => m.first);
  const withLand = sentencesOf(landWords.findAll(doc.tokens, doc.text));
  const withArmed = sentencesOf([...armedWords.findAll(doc.tokens, doc.text).filter((m) => m.value), ...cues.filter((m) => m.value.some((c) => c.topic === armedTopic))]);
  return { sentenceOf, seaAt, withLand, withArmed };
}

/**
 * Whether a new clause opens between tokens a and b, at a semicolon or a comma before a word that
 * joins clauses: what a verb is about is named in its own clause ("exchange information in real
 * time, and boats of the navy will patrol" shares no information about boats), while a comma
 * inside a list ("fuel smuggling, piracy and trafficking") joins no clause.
 */
function clauseBreakBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = doc.tokens[k]!.text;
    if (SEMICOLONS.has(t)) return true;
    if (COMMAS.has(t) && CLAUSE_JOINERS.has(doc.tokens[k + 1]?.key ?? "")) return true;
  }
  return false;
}
const CLAUSE_JOINERS = new Set(rules.seaContext.clauseJoiners.map((w) => tokenize(w)[0]!.key));
