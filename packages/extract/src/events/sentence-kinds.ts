import type { Token } from "../text/tokens";
import { THEN_WORDS as THEN } from "./after-words";
import { agreesHere } from "./agreement-verbs";
import { agreedAtToldMeeting } from "./agreed-at-told-meeting";
import { arrivalIsTheReception, awaitedOnArrival, receivedAtPlace, receivedOnArrival, welcomedBeforeTalks, welcomedGuest } from "./arrival-reception";
import { cargoArrived, isBerthing, shipArrived } from "./cargo-arrival";
import { findCue, type CueHit } from "./cues";
import { agreesOnFutureSession } from "./future-session";
import { earlierHappening, type EarlierHappening } from "./days-after";
import type { EventRead, EventType } from "./event-read";
import { meetingCuesOf, purposeOfVisit } from "./meeting-cues";
import { gatheringKinds } from "./gathering-kinds";
import { doneOnVisit, inspectionIsVisit, metWhereInspected } from "./inspection-visit";
import { plansVisitOnly } from "./planned-visit";
import { receivesAfterOccasion } from "./later-reception";
import { receivedWhereVisited } from "./received-where-visited";
import { hostedReception, visitingAsWord } from "./hosted-reception";
import { clauseAfter, isReportVerb } from "./reported-clause";
import { welcomesAThing } from "./reaction-welcome";
import { meetingIsSpeechSetting } from "./speech-setting";
import { metTheMenOnVisit } from "./met-the-crew";
import type { Unit } from "./units";

const ROUND = /^(ال)?جولة$/u;
const MEET_VERBS = new Set(["meet", "meets", "met"]);
/** The signing cue that says only that an accord was arrived at ("reached"), not that it was signed. */
const REACHED = new Set(["reached"]);

/** What the cues of a sentence report, and the cues the rest of the reading goes on to need. */
export interface SentenceKinds {
  types: EventType[];
  /** The agreement is told by a verb of agreeing, not by a signing. */
  agreed: boolean;
  welcome: CueHit | undefined;
  returns: CueHit[];
  collective: CueHit[];
  meetingCues: CueHit[];
  earlier: EarlierHappening | null;
  /** The conference told just before, which the sentence only adds to ("وشارك في الاجتماع …"). */
  joinsConference: EventRead | null;
  /** Goods arrived ("وصلت الشحنة …"): a delivery with no traveller. */
  delivery: boolean;
  /** A ship arrived or berthed ("وصلت الفرقاطة X إلى ميناء Y"): a happening with nobody. */
  shipCame: boolean;
  /** The sentence tells what the two sides agreed on at talks told before ("اتفقا خلال الاجتماع على"). */
  agreedAtTalks: boolean;
}

/**
 * The kinds of happening a sentence reports, by its cues (see rules/events.json): an agreement
 * signed or agreed, a conference taken part in, a reception, a visit, a meeting, and what else
 * happened. `namedHere` counts the persons the sentence names; `found` holds what came before it.
 */
export function readKinds(tokens: readonly Token[], text: string, u: Unit, cues: CueHit[], namedHere: number, found: EventRead[], ui: number, isName: (k: number) => boolean = () => false): SentenceKinds {
  const types: EventType[] = [];
  const signing = findCue(cues, "signing");
  const agreementNoun = findCue(cues, "agreementNouns");
  // "X signed for her government and Y signed for his at a ceremony": who signed the agreement
  // the sentence before reported, with no noun for it.
  // Also when the sentence told the meeting the agreement closed after it ("signed a memorandum at
  // the end of a meeting", then "X and Y signed the document").
  const lastUnit = found[found.length - 1]?.unit;
  const last = found.findLast((e) => e.unit === lastUnit && e.type === "agreement");
  // Not one that tells who attended the signing or how someone arrived ("وصلت … وحضر التوقيع …").
  const signsLast = !!signing && !agreementNoun && namedHere > 0 && !!last && ui - last.unit <= 2 && !cues.some((c) => c.kind === "attendance" || c.kind === "visit");
  if ((signing && agreementNoun) || signsLast) types.push("agreement");
  // "اتفقت الصومال وجيبوتي على …": a verb of agreeing that opens the sentence, or, as English
  // puts the subject first, one that nothing reported comes before ("X and Y agreed to …").
  // "اتفقا على عقد جولة … الشهر المقبل": a session agreed for later is a plan, no agreement.
  // "واتفق الجانبان في ختام الجلسة على …" after the talks were told: what they gave, no agreement.
  else if (cues.some((c) => c.kind === "agreeVerbs" && agreesHere(tokens, u, c, cues) && !agreesOnFutureSession(tokens, c, u.last) && !agreedAtToldMeeting(tokens, c, u.first, u.last, found, ui))) types.push("agreement");
  // "the agreement reached on Thursday", "reached a deal": agreed on, not signed.
  const agreed = types.includes("agreement") && (!signing || cues.every((c) => c.kind !== "signing" || REACHED.has(tokens[c.first]!.key)));
  // "واتفق الجانبان خلال الاجتماع على …": what the talks told before gave.
  const agreedAtTalks = !types.includes("agreement") && cues.some((c) => c.kind === "agreeVerbs" && agreedAtToldMeeting(tokens, c, u.first, u.last, found, ui));
  const participation = findCue(cues, "participation");
  const gathering = cues.find((c) => c.kind === "gatheringNouns" && participation && c.first > participation.first);
  const sidelines = findCue(cues, "sidelines");
  if (participation && gathering && !(sidelines && sidelines.first < gathering.first)) types.push("conference");
  const welcome = findCue(cues, "welcome");
  // "وكان في استقباله X، الذي قال إن الطاقم سيشارك في مراسم …": a ceremony in the words said
  // after the welcome is no part of it.
  const said = welcome ? wordsSaidAfter(tokens, welcome.last, u.last) : null;
  const ceremony = cues.find((c) => c.kind === "ceremony" && !(said !== null && c.first > said));
  if (welcome && ceremony) types.push("reception");
  else if (ceremony && /(استقبال|الاستقبال)/u.test(text.slice(u.start, u.end))) types.push("reception");
  const hostOfVisit = receivedWhereVisited(tokens, cues);
  const laterReception = !types.includes("reception") && !hostOfVisit && receivesAfterOccasion(tokens, cues, found);
  if (laterReception) types.push("reception");
  // "hosted the visiting musicians at a dinner": a meal given to guests is a reception.
  const hosted = hostedReception(tokens, cues, u.last);
  if (hosted && !types.includes("reception")) types.push("reception");
  const returns = cues.filter((c) => c.kind === "returnCues");
  // "وكان في استقباله لدى وصوله …": a welcome on arrival is part of the visit told before it.
  // "جولة جديدة من المحادثات": a round of talks, not a tour.
  // "is due to visit … on Friday": a plan, no visit.
  // "وكانت الشحنة الأولى قد وصلت إلى المطار": goods that arrived make a delivery, no visit.
  // "وكانت المدمرة قد رست في ميناء X": a ship that came, no visit of its crew.
  const shipCame = shipArrived(tokens, u, cues, found);
  const delivery = cargoArrived(tokens, u, cues) || shipCame;
  const awaited = !types.includes("reception") && awaitedOnArrival(tokens, cues, u.last, found);
  if (delivery) types.push("other");
  else if (awaited) types.push("reception");
  else if (cues.some((c) => c.kind === "visit" && !roundOfTalks(tokens, cues, c) && !(hosted && visitingAsWord(tokens, c))) && !(welcome && !hostOfVisit && found.some((e) => e.type === "visit")) && !plansVisitOnly(tokens, cues)) types.push("visit");
  // "استقبل X نظيره Y لدى وصوله": the reception at the arrival, told last so the talks told after
  // it go on from it, with host and guest.
  const atPlace = receivedAtPlace(tokens, cues, u.first);
  // "X welcomed his counterpart Y at the city hall": an English host receiving a guest.
  const welcomedHere = welcomedGuest(tokens, cues, u.last, isName);
  // "X was welcomed at the base by Y before the two sat down for talks": a welcome apart from the talks.
  const welcomedFirst = welcomedBeforeTalks(tokens, cues);
  if (!types.includes("reception") && (receivedOnArrival(tokens, cues, u.last) || atPlace || welcomedHere || welcomedFirst)) types.push("reception");
  if (types.includes("reception") && types.includes("visit") && arrivalIsTheReception(tokens, cues, u.last)) types.splice(types.indexOf("visit"), 1);
  // "بحث وفدا البلدين …", "the delegations discussed …": parties named without a person.
  const collective = cues.filter((c) => c.kind === "collective");
  // "were met at the airport by X": the verb of the welcome on arrival names no talks.
  const meetingCues = meetingCuesOf(tokens, u, cues, types, namedHere).filter((c) => c !== hosted && c.first !== atPlace?.first);
  const welcomeOnly = meetingCues.every((c) => cues.some((w) => w.kind === "welcome" && w.first === c.first));
  const purposeOnly = types.includes("visit") && purposeOfVisit(tokens, meetingCues);
  // What was discussed at a reception told after the article's occasion was discussed at it.
  // "رحب الوزير X بالقرار": a welcome given to a thing is the speaker's statement, not a meeting.
  const reaction = meetingCues.length > 0 && namedHere > 0 && !types.length && meetingCues.every((c) => welcomesAThing(tokens, c, u.last));
  // "استقبل X Y لدى وصوله، ثم عقد الجانبان جلسة مباحثات": talks told after "then" are held apart from the welcome.
  const talksThen = !!welcome && meetingCues.some((c) => c.first > welcome.last && tokens.slice(welcome.last + 1, c.first).some((t) => THEN.has(t.key)));
  if (reaction) types.push("statement");
  else if (meetingCues.length && (talksThen || !((types.includes("reception") || hostOfVisit) && (welcomeOnly || laterReception))) && !purposeOnly && !meetingIsSpeechSetting(tokens, u, meetingCues, namedHere) && !(types.includes("visit") && metTheMenOnVisit(tokens, cues, meetingCues))) {
    // A meeting cue inside a gathering's name ("اجتماع وزراء دفاع") right after "على هامش" is no meeting of its own.
    const real = meetingCues.filter((c) => !(sidelines && c.first > sidelines.first && c.first - sidelines.last <= 2));
    if (real.length) types.push("meeting");
  }
  // "تفقدت الوزيرة القاعدة، حيث التقت بعناصر …": the talks and the inspection make one visit there.
  const inspected = types.includes("meeting") ? metWhereInspected(tokens, cues) : null;
  if (inspected) types.splice(types.indexOf("meeting"), 1, "visit");
  const otherVerb = cues.find((c) => c.kind === "otherVerbs" && !doneOnVisit(tokens, c, types) && c.first !== inspected?.first);
  // "met on Tuesday, two days after a shooting at a frontier post": an earlier happening of its own.
  const earlier = earlierHappening(tokens, u, cues);
  if (earlier?.type === "other" && types.length && !types.includes("other")) types.push("other");
  // "endorsed the plan a week after talks in Batumi": the talks are the earlier one; what the
  // sentence reports before them is a happening of its own.
  if (earlier?.type === "meeting" && !types.includes("other") && cues.some((c) => c.kind === "other" && c.first < earlier.after)) types.push("other");
  // "detained 43 migrants near the village, close to where the borders meet": a verb of meeting
  // with nobody to meet hides no happening.
  const nobodyMeets = namedHere === 0 && !collective.length && types.every((t) => t === "meeting") && meetingCues.every((c) => MEET_VERBS.has(tokens[c.first]!.key));
  // "رست السفينتان في ميناء X، في زيارة تستمر …": a ship berthed on a visit is that visit.
  if (((!types.length || types.every((t) => t === "visit") || nobodyMeets) && cues.some((c) => c.kind === "other" && !doneOnVisit(tokens, c, types) && c.first !== inspected?.first && !(types.includes("visit") && isBerthing(tokens, c))) && !types.includes("other")) || (otherVerb && !types.includes("other"))) types.push("other");
  if (inspectionIsVisit(tokens, cues, types)) types.splice(0, types.length, "visit");
  // "أعلن الجيش نشر ألف جندي، بعد يومين من هجوم …": the sentence's own happening, told before
  // the earlier one, is a second 'other'.
  if (earlier?.type === "other" && types.length === 1 && types[0] === "other" && cues.some((c) => c.kind === "other" && c.first < earlier.after && !doneOnVisit(tokens, c, types))) types.push("other");
  const gatheringRead = gatheringKinds(tokens, cues, types, found, ui);
  return { types: gatheringRead.types, agreed, welcome, returns, collective, meetingCues, earlier, joinsConference: gatheringRead.joins, delivery, shipCame, agreedAtTalks };
}

/** Where the words someone is said to have spoken start after token `from` ("… الذي قال إن …"), or null. */
function wordsSaidAfter(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from + 1; k < to; k++) {
    if (!isReportVerb(tokens[k]!)) continue;
    const said = clauseAfter(tokens, k, to);
    if (said !== null) return said;
  }
  return null;
}

/** "جولة جديدة من المحادثات": a round of talks, not a tour (a module function: no closure per sentence). */
function roundOfTalks(tokens: readonly Token[], cues: readonly CueHit[], c: CueHit): boolean {
  return ROUND.test(tokens[c.first]!.text) && cues.some((m) => m.kind === "meeting" && m.first > c.last && m.first - c.last <= 3);
}
