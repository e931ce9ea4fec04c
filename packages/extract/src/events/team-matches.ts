import rules from "../rules/events.json";
import type { Doc } from "../document";
import { PhraseTrie } from "../text/phrase-trie";
import type { EventRead } from "./event-read";

const matchWords = new PhraseTrie<true>([...rules.teamMatch.match.ar, ...rules.teamMatch.match.en].map((p) => [p, true] as const));
const teamWords = new PhraseTrie<true>([...rules.teamMatch.team.ar, ...rules.teamMatch.team.en].map((p) => [p, true] as const));

/**
 * A match between teams told by its sentence ("توج المنتخب X … إثر فوزه على نظيره …", "the
 * national team beat … in the final"): its parties are the teams, which are no persons. The coach
 * quoted after it, the federation's head who hands the cup and the governor who watches are told
 * of the same occasion and would join it; they played in no match, so it keeps no one and the
 * states its sentence names stand for it. An athlete who wins alone is told with no team word.
 */
export function clearTeamMatchParticipants(doc: Doc, events: EventRead[]): void {
  for (const e of events) if (e.type === "other" && e.participants.length && tellsTeamMatch(doc, e)) e.participants = [];
}

/** Whether the sentence of `e` tells a match between teams: a word of the match and a word of a team. */
function tellsTeamMatch(doc: Doc, e: Pick<EventRead, "start" | "end">): boolean {
  let match = false;
  let team = false;
  for (let k = 0; k < doc.tokens.length && !(match && team); k++) {
    const t = doc.tokens[k]!;
    if (t.start < e.start || t.end > e.end) continue;
    match ||= !!matchWords.matchAt(doc.tokens, k, doc.text);
    team ||= !!teamWords.matchAt(doc.tokens, k, doc.text);
  }
  return match && team;
}

// "في حين تغلب المنتخب X على نظيره Y": the clause of another match told beside it.
const ANOTHER_MATCH = /(?:^|[\s،,])(?:في حين|بينما|فيما|while|whereas)(?=\s)/u;
// "…، بعد فوزه في مونديال X عام 2005، وحصوله على البرونزية في Y 2011": the team's record, a clause
// after its win dated by a year; the hosts of those earlier tournaments took no part in this match.
const EARLIER_TITLE = /[،,]\s*(?:وذلك\s+)?(?:بعد|after)\s[^،,.]*?\b(?:19|20)\d\d\b/u;

/**
 * Where the clause of a team match with nobody named ends ("وكان المنتخب X قد تأهل إلى النهائي بعد
 * فوزه على المنتخب Y، في حين تغلب …"), or null when the event is no such match: both teams' states
 * before it are its parties, the rival's too, though the article is not about that state.
 */
export function teamMatchClauseEnd(doc: Doc, e: Pick<EventRead, "type" | "participants" | "start" | "end">): number | null {
  if (e.type !== "other" || e.participants.length || !tellsTeamMatch(doc, e)) return null;
  const said = doc.text.slice(e.start, e.end);
  const ends = [said.search(ANOTHER_MATCH), said.search(EARLIER_TITLE)].filter((k) => k >= 0);
  return ends.length ? e.start + Math.min(...ends) : e.end;
}
