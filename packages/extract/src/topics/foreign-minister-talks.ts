import rules from "../rules/topics.json";
import type { Doc } from "../document";
import { PhraseTrie } from "../text/phrase-trie";

/**
 * A foreign minister's talks, visit or signing abroad are diplomacy: whatever the two sides sign
 * (a coast guard course, a tax treaty, a hospital grant), the analyst files the story under
 * politics too. Ministers of three states or more meeting hold a forum on its subject (a border
 * team, a regional threat), filed under that subject; and a deputy or assistant of the ministry is
 * no foreign minister.
 */

const { titles, deputies } = rules.foreignMinisterTalks;
const titleWords = new PhraseTrie<true>(titles.map((t) => [t, true] as const));
const deputyWords = new PhraseTrie<true>(deputies.map((t) => [t, true] as const), { clitics: false });
const TALKS = new Set(["meeting", "visit", "agreement", "reception"]);
const MAX_STATES = 2;

/** What this reads of an event: its kind, its states, where its sentence stands, and whether it is told as earlier news. */
export interface TalksEvent {
  type: string;
  countries: readonly string[];
  earlier?: boolean;
  evidence?: { start: number; end: number };
}

/** Whether one of `events` is a foreign minister's talks, visit, signing or reception. */
export function foreignMinisterTalks(doc: Doc, events: readonly TalksEvent[]): boolean {
  const spans = events
    .filter((e) => TALKS.has(e.type) && !e.earlier && e.evidence && new Set(e.countries).size <= MAX_STATES)
    .map((e) => e.evidence!);
  if (!spans.length) return false;
  return titleWords
    .findAll(doc.tokens, doc.text)
    .some((m) => !deputyBefore(doc, m.first) && spans.some((s) => m.start >= s.start && m.end <= s.end));
}

function deputyBefore(doc: Doc, first: number): boolean {
  return first > 0 && !!deputyWords.matchAt(doc.tokens, first - 1, doc.text);
}
