import type { Doc } from "../document";
import type { LocationRead } from "../places/locations";
import type { PersonRead } from "../persons";
import rules from "../rules/events.json";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";
import { datelineLocation, type DatelineSpan } from "./dateline-place";
import { eventDate } from "./event-date";
import type { EventRead } from "./event-read";
import { units, type Unit } from "./units";

const speechTrie = new PhraseTrie<true>([...rules.speechActs.ar, ...rules.speechActs.en].map((w) => [w, true] as const));
const AT = new Set(["في", "وفي", "in"]);
// How far after an Arabic verb its subject may come ("دعت مفوضة الاتحاد …، السفيرة X").
const SUBJECT_REACH = 12;

/**
 * A person who speaks for a side ("نفى وزير الدفاع X الرواية", "X welcomed the agreement") and takes
 * part in nothing else the article tells made a statement of their own: one per person, read in
 * the lead sentence only (further down such verbs mostly report, and gold sets differ on them),
 * placed where the sentence says they spoke ("وفي أنقرة، قالت …") or else at the dateline's city.
 */
export function spokenStatements(doc: Doc, persons: PersonRead[], locations: LocationRead[], taken: ReadonlySet<number>, published: string | null, dateline: DatelineSpan | null, headsEnd: number): EventRead[] {
  const { tokens } = doc;
  const inDateline = (k: number) => !!dateline && k >= dateline.first && k < dateline.last;
  const out: EventRead[] = [];
  const spoken = new Set<number>();
  const lead = leadUnit(doc, dateline, headsEnd);
  const u = units(doc)[lead];
  if (!u) return out;
  for (const who of speechActSpeakers(doc, persons, u)) {
    if (taken.has(who) || spoken.has(who)) continue;
    spoken.add(who);
    const location = placeSpokenIn(tokens, locations, u) ?? datelineLocation(locations, dateline);
    out.push({ type: "statement", participants: [who], location, date: eventDate(doc, u, published, inDateline), start: u.start, end: u.end, unit: lead, inherited: false, fromTitle: false });
  }
  return out;
}

/** The index of the article's lead sentence: the first unit after the headings and the dateline's line (-1 if none). */
export function leadUnit(doc: Doc, dateline: DatelineSpan | null, headsEnd: number): number {
  const bodyStart = Math.max(headsEnd, dateline?.line.start ?? 0);
  return units(doc).findIndex((u) => u.end > bodyStart);
}

/** Where in a unit a verb of calling, denying, announcing … stands (token index), or -1. */
export function speechActAt(doc: Doc, u: Unit, within: number): number {
  for (let k = u.first; k < Math.min(u.last, u.first + within); k++) if (speechTrie.matchAt(doc.tokens, k, doc.text)) return k;
  return -1;
}

/** The persons a unit names as calling, denying, condemning or welcoming something, in order. */
export function speechActSpeakers(doc: Doc, persons: PersonRead[], u: Unit): number[] {
  const { tokens, text } = doc;
  const out: number[] = [];
  for (let k = u.first; k < u.last; k++) {
    if (!speechTrie.matchAt(tokens, k, text)) continue;
    const who = speakerOf(tokens, persons, u, k, doc.language === "en");
    if (who !== null && !out.includes(who)) out.push(who);
  }
  return out;
}

/** Arabic names the speaker after the verb, English (and Arabic "X قد أعلن") just before it. */
function speakerOf(tokens: readonly Token[], persons: PersonRead[], u: Unit, k: number, english: boolean): number | null {
  let best: number | null = null;
  let bestDist = Infinity;
  const beforeOk = english || tokens[k - 1]?.key === "قد";
  persons.forEach((p, idx) => {
    for (const s of p.tokenSpans) {
      if (s.first < u.first || s.last >= u.last) continue;
      const after = !english && s.first > k && s.first - k <= SUBJECT_REACH ? s.first - k : null;
      const before = beforeOk && s.last < k && k - s.last <= 3 ? k - s.last : null;
      const dist = after ?? before;
      if (dist !== null && dist < bestDist) [best, bestDist] = [idx, dist];
    }
  });
  return best;
}

/**
 * The place a sentence opens with ("وفي أنقرة، قالت …", "In Nairobi, …"): where the words were
 * spoken. A place further on is what they spoke of.
 */
function placeSpokenIn(tokens: readonly Token[], locations: LocationRead[], u: Unit): LocationRead | null {
  for (const l of locations) {
    for (const s of l.spans) if (s.first === u.first + 1 && AT.has(tokens[u.first]!.key)) return l;
  }
  return null;
}

