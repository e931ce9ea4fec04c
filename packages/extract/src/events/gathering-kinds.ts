import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { EventRead, EventType } from "./event-read";
import { gatheringBegan } from "./gathering-began";

type Tok = Pick<Token, "key" | "text">;

// The verbs of opening a gathering: its opener takes part in it, and inaugurates no building.
const OPENS = new Set(["افتتح", "وافتتح", "يفتتح", "ويفتتح", "افتتحت", "وافتتحت", "opened", "opens"].map(matchKey));
// A gathering named by a noun the cue lists leave out: the indefinite accusative and the "works" of one.
const GATHERING = new Set(["مؤتمرا", "مؤتمراً", "ندوة", "منتدى", "قمة", "أعمال", "اعمال", "conference", "summit", "forum", "symposium", "meeting"].map(matchKey));
// A meeting opened by someone is a gathering of many ("افتتح … اجتماعا لقادة …", "opened a meeting of").
const MEETING_NOUN = /^(و?(اجتماع|اجتماعا|اجتماعاً|الاجتماع|اجتماعات|الاجتماعات)|meeting)$/u;
// A gathering already told, named as the subject of what it discussed ("ويناقش المؤتمر …").
const TOLD_GATHERING = new Set(["المؤتمر", "القمة", "المنتدى", "الندوة", "the conference", "the summit", "the forum"].map(matchKey));
const DISCUSSES = /^و?[يت]?(ناقش|بحث|تناول|استعرض)|^(discussed|discusses|examined)$/u;

// A comma before a conjoined word or "ثم" opens the sentence's next clause; the commas around the
// opener's name and rank ("افتتح الوزير، الفريق X، أمس، أعمال المؤتمر") set off asides only.
const NEXT_CLAUSE = /^(و.{2,}|ثم|then|and|while|before|after)$/u;
function opensClause(t: Tok | undefined): boolean {
  return !t || NEXT_CLAUSE.test(t.text);
}

// A show opened ("افتتح X معرض «Y»", "opened the exhibition") is an opening, not a gathering taken part in.
const SHOW = new Set(["معرض", "المعرض", "exhibition", "show", "expo"].map(matchKey));

/** The opening verb of a gathering in the sentence, or null: "افتتح الأمين العام … اجتماعا لقادة …". */
function openedGathering(tokens: readonly Tok[], cues: readonly CueHit[]): CueHit | null {
  for (const c of cues) {
    if (c.kind !== "participation" || c.first !== c.last || !OPENS.has(matchKey(tokens[c.first]!.text))) continue;
    for (let k = c.last + 1; k <= c.last + 28 && k < tokens.length; k++) {
      const key = matchKey(tokens[k]!.text);
      if (SHOW.has(key)) break;
      if (GATHERING.has(key) || MEETING_NOUN.test(tokens[k]!.text) || cues.some((g) => g.kind === "gatheringNouns" && g.first === k)) return c;
      if (/^[.؛]$/u.test(tokens[k]!.text) || (/^[،,]$/u.test(tokens[k]!.text) && opensClause(tokens[k + 1]))) break;
    }
  }
  return null;
}

/**
 * "افتتح X، ونظيرته Y، مساء أمس، معرض «Z»": the opening verb whose first gathering noun, past the
 * openers' names and asides, is a show's; or null.
 */
function openedShow(tokens: readonly Tok[], cues: readonly CueHit[]): CueHit | null {
  for (const c of cues) {
    if (c.kind !== "participation" || c.first !== c.last || !OPENS.has(matchKey(tokens[c.first]!.text))) continue;
    for (let k = c.last + 1; k <= c.last + 28 && k < tokens.length && !/^[.؛]$/u.test(tokens[k]!.text); k++) {
      const key = matchKey(tokens[k]!.text);
      if (SHOW.has(key)) return c;
      if (GATHERING.has(key) || MEETING_NOUN.test(tokens[k]!.text)) break;
    }
  }
  return null;
}

/**
 * A gathering opened by someone ("افتتح X المؤتمر", "افتتح X اجتماعا لقادة …", "X opened the
 * summit") is a conference he took part in: no meeting and no inauguration of its own. A sentence
 * whose subject is the gathering told before ("ويناقش المؤتمر …") or that tells who took part in
 * the meeting of a conference told just before ("وشارك في الاجتماع …") adds to that conference.
 * Returns the types the sentence reports, and the conference it adds to, if any.
 */
export function gatheringKinds(tokens: readonly Tok[], cues: readonly CueHit[], types: EventType[], found: readonly EventRead[], ui: number): { types: EventType[]; joins: EventRead | null } {
  // "افتتح الوزير ونظيرته معرض «X» بالمتحف الوطني": the show's opening, unless someone else is told taking part.
  const show = openedShow(tokens, cues);
  if (show && types.includes("conference") && !cues.some((c) => c.kind === "participation" && c.first !== show.first)) return { types: [...new Set<EventType>(types.map((t) => (t === "conference" ? "other" : t)))], joins: null };
  const opener = openedGathering(tokens, cues);
  if (opener) {
    // "افتتاح" or another act of its own in the sentence still tells an 'other' happening.
    const otherAct = cues.some((c) => (c.kind === "other" || c.kind === "otherVerbs") && c.first !== opener.first);
    const rest = types.filter((t) => t !== "meeting" && (t !== "other" || otherAct));
    return { types: rest.includes("conference") ? rest : ["conference", ...rest], joins: null };
  }
  // "بحث منتدى الأعمال X، الذي انطلقت أعماله اليوم، …": a gathering that discussed is the gathering
  // held, a conference, and the start of its proceedings in a clause about it is no 'other' of its own.
  const discussing = cues.find((c) => c.kind === "meeting" && DISCUSSES.test(tokens[c.first]!.key) && cues.some((g) => g.kind === "gatheringNouns" && g.first === c.last + 1));
  if (discussing && !types.includes("conference")) {
    const ownStart = gatheringBegan(tokens, cues);
    const rest = types.filter((t) => t !== "meeting" && !(t === "other" && ownStart && !cues.some((c) => (c.kind === "other" || c.kind === "otherVerbs") && c.first !== ownStart.first)));
    return { types: ["conference", ...rest], joins: null };
  }
  // "انطلقت … أعمال المؤتمر": the gathering's proceedings began; nothing else the sentence tells of its own.
  const began = gatheringBegan(tokens, cues);
  if (began && types.includes("other") && !types.includes("conference") && !cues.some((c) => (c.kind === "other" || c.kind === "otherVerbs") && c.first !== began.first)) return { types: ["conference", ...types.filter((t) => t !== "other")], joins: null };
  const conference = found.findLast((e) => e.type === "conference" && ui - e.unit <= 3);
  if (!conference || !types.includes("meeting") || types.includes("conference")) return { types, joins: null };
  const meetings = cues.filter((c) => c.kind === "meeting");
  // The verb the sentence opens with decides: "بحثا" further on is a noun ("عشرين بحثا").
  const toldSubject = !!meetings[0] && DISCUSSES.test(tokens[meetings[0].first]!.key) && TOLD_GATHERING.has(matchKey(tokens[meetings[0].last + 1]?.text ?? ""));
  const attended = cues.some((c) => c.kind === "participation") && meetings.every((c) => MEETING_NOUN.test(tokens[c.first]!.text) && /(^|\s)(ال|وال)/u.test(" " + tokens[c.first]!.text));
  if (!toldSubject && !attended) return { types, joins: null };
  return { types: types.map((t) => (t === "meeting" ? "conference" : t)), joins: conference };
}
