import rules from "../rules/travel.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import { talksThatAgreed } from "./agreed-in-where-clause";
import { meetingWhereAgreed, occasionOfAgreement } from "./agreement-verbs";
import type { CueHit } from "./cues";
import { signedAtItsClose } from "./signed-at-close";
import { talksAgreedOn } from "./future-session";
import { occasionAsTime } from "./tied-to-occasion";
import { WHERE_WORDS } from "./where-words";
import type { EventType } from "./event-read";
import type { Unit } from "./units";

type Tok = Pick<Token, "key" | "text">;

const PLAN = new Set(["will", "would", "shall", "to"]);
// Future forms of the verbs of travelling (سـ + imperfect): a trip not yet made.
const FUTURE_TRAVEL = new Set(rules.toward.ar.filter((w) => /^س[يت]/u.test(w)).map((w) => matchKey(w)));
const FUTURE_MEETING = /^و?س[يت](عقد|جتمع|لتق|بحث|ناقش|تباحث)/u;
// "عرضت استضافة لقاء", "offered to host talks": a meeting offered, not one held.
const HOSTING = /^(و?ل?(استضافة|لاستضافة)|host|hosting)$/u;
const PURPOSE_MEETING = /^(لبحث|للقاء|لمناقشة|للتباحث|ليلتقي|لإجراء)/u;
// "في زيارة تستمر ثلاثة أيام، يلتقي خلالها …": the imperfect before "during it" tells the visit's programme.
const PROGRAMME_MEETING = /^و?[يت](لتقي|جتمع|بحث|ناقش|تباحث)/u;
const DURING_IT = new Set(["خلالها", "خلاله", "خلالهما"]);

/**
 * The meeting cues of a sentence that report a meeting held: not a plan ("will meet"), not the
 * occasion of the agreement the sentence reports, not a relative clause; a discussion verb only
 * with two people named, parties named together or a "with".
 */
export function meetingCuesOf(tokens: readonly Tok[], u: Unit, cues: CueHit[], types: EventType[], namedHere: number): CueHit[] {
  // A discussion verb reports a meeting only with two people or a "with"; after a relative
  // pronoun it describes something else ("المؤتمر … والذي ناقش").
  const weak = new Set(cues.filter((c) => c.kind === "weakMeeting").map((c) => c.first));
  const collective = cues.filter((c) => c.kind === "collective");
  return cues.filter((c) => {
    if (c.kind !== "meeting") return false;
    // "will meet in Basra": a plan, not a meeting.
    if (PLAN.has(tokens[c.first - 1]?.key ?? "")) return false;
    // "would be discussed with X in the coming months", "to be discussed": a plan told in the passive.
    if (tokens[c.first - 1]?.key === "be" && PLAN.has(tokens[c.first - 2]?.key ?? "")) return false;
    if (HOSTING.test(tokens[c.first - 1]?.text ?? "")) return false;
    // "واتفقا على عقد لقاءات دورية": talks agreed on are to come.
    if (talksAgreedOn(tokens, c)) return false;
    // "سيعقدان اجتماعا كل ثلاثة أشهر", "ستبحث اللجنة": the future (سـ) tells a plan too.
    if ([tokens[c.first], tokens[c.first - 1]].some((t) => !!t && FUTURE_MEETING.test(t.text))) return false;
    if (PROGRAMME_MEETING.test(tokens[c.first]!.text) && DURING_IT.has(tokens[c.last + 1]?.text ?? "")) return false;
    // "قبل أن يتوجه إلى إسطنبول حيث يلتقي …": the imperfect after "where" tells whom a trip is to meet.
    if (PROGRAMME_MEETING.test(tokens[c.first]!.text) && WHERE_WORDS.has(tokens[c.first - 1]?.key ?? "")) return false;
    // "سيتوجه الأسبوع المقبل إلى أكرا لبحث …": whom a planned trip goes to meet is a plan too.
    if (PURPOSE_MEETING.test(tokens[c.first]!.text) && tokens.slice(u.first, c.first).some((t) => FUTURE_TRAVEL.has(t.key))) return false;
    // "وقعا الاتفاق خلال لقاء …", "signed after a day of talks": the agreement's occasion.
    if (types.includes("agreement") && (occasionOfAgreement(tokens, c, cues) || meetingWhereAgreed(tokens, c, cues))) return false;
    // "held talks in X, where they agreed to …": the talks gave the agreement, one occasion.
    if (types.includes("agreement") && talksThatAgreed(tokens, c, cues)) return false;
    // "عقد لقاء مع Y، وقع الجانبان في ختامه …": the meeting the signing closed.
    if (types.includes("agreement") && signedAtItsClose(tokens, c, cues)) return false;
    if (cues.some((r) => r.kind === "relative" && r.last === c.first - 1)) return false;
    // "وعقب المباحثات توجه الوزيران إلى الميناء، حيث …": talks named only as when a visit was made
    // are the talks told before, no meeting beside the visit.
    // Said again, with the article ("after talks in X with Y" tells talks of their own).
    // So are those a reception is told before ("was received at the bridge … before the talks").
    if ((types.includes("visit") || types.includes("reception")) && occasionAsTime(tokens, c.first) && (/^ال/u.test(tokens[c.first]!.text) || tokens[c.first - 1]?.key === "the")) return false;
    if (!weak.has(c.first)) return true;
    return namedHere >= 2 || collective.some((g) => Math.abs(g.first - c.first) <= 4) || cues.some((w) => w.kind === "with" && w.first > c.first && w.first - c.last <= 12);
  });
}

/**
 * "flew to Abeche to meet local commanders", "وصل إلى عمّان لبحث …": whom a visit went to meet
 * is the visit's purpose, one occasion, not a meeting of its own.
 */
export function purposeOfVisit(tokens: readonly Tok[], meetingCues: CueHit[]): boolean {
  return meetingCues.length > 0 && meetingCues.every((c) => tokens[c.first - 1]?.key === "to" || PURPOSE_MEETING.test(tokens[c.first]!.text));
}
