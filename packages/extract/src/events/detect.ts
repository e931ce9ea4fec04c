import { addDays } from "../dates/calendar";
import type { LocationRead } from "../places/locations";
import type { Ctx } from "../persons/anchor-spans";
import type { PersonRead } from "../persons";
import { organizationsOf } from "../organizations";
import { joinAttendance } from "./attendance";
import { joinedTalks } from "./joined-talks";
import { joinedTour, shownRoundUnguided } from "./joined-tour";
import { receivedWhereVisited } from "./received-where-visited";
import { guidedOnVisit } from "./guided-tour";
import { amountReached } from "./amount-reached";
import { flewNowhere } from "./flew-to";
import { namedToCome, plannedInEnglish } from "./english-plans";
import { presentOnly } from "./in-presence";
import { THIS_AR, toldAsBackground } from "./occasion-background";
import { wentWhereReceivedCues } from "./went-where-received";
import { backstoryArrival, hadDoneNear, pluperfect, tellsArrival } from "./backstory";
import { toldAsDoneBefore } from "./done-before";
import { plannedFrom } from "./planned-opening";
import { providedFrom } from "./provided-for";
import { heldLater } from "./future-holding";
import { otherToCome } from "./future-others";
import { shipReceived } from "./ship-welcomed";
import { partOfOpening } from "./opening-told-before";
import { startInRelative } from "./relative-start";
import { tourOfFair } from "./fair-tour";
import { toldAsStop } from "./tour-stop";
import { returnAsCause } from "./return-as-cause";
import { attackTrend } from "./attack-trends";
import { pairOfOfficers } from "./pair-of-officers";
import { insideQuote } from "./quoted-words";
import { reportedBeforeCue, spokenWordsEnd, spokenWordsStart } from "./spoken-words";
import { yearBackdropStart } from "./year-backdrop";
import { cuesIn, findCue, HAPPENING_KINDS, type CueHit } from "./cues";
import { meetingOfLeaders } from "./led-sides";
import { courtVenue } from "./court-venue";
import { datelinePlaceOf, type DatelineSpan } from "./dateline-place";
import { describedPerson } from "./described-person";
import { clausePrintsDay, earlierOwnPlace } from "./days-after";
import { eventDate } from "./event-date";
import { dayOnlyInWhoClause } from "./who-clause-day";
import { dayBesideVisitVerb, dayBesideWord, dayOfMeetingDuringVisit } from "./visit-day";
import { headlineVenue, placeOf } from "./event-place";
import type { EventRead, EventType } from "./event-read";
import { countedFrom, tellsDayBefore, tellsNextDay } from "./next-day";
import { followsToldArabic, opensAfterTold, toldOccasionDay } from "./after-told";
import { placeAfterNamedDay, possessiveDayCue } from "./possessive-day";
import { joinOccasion, tellsOccasionOfPrevious } from "./occasion-of";
import { continuesPrevious, namedIn, participantsIn } from "./participants";
import { withHonored } from "./honorific-pronoun";
import { sharedFamilyActors } from "./shared-family-name";
import { headOfGroupSubject } from "./group-head";
import { receivedAtPlace, receivedOnArrival } from "./arrival-reception";
import { readKinds } from "./sentence-kinds";
import { venueCandidates } from "./sentence-places";
import { gatheringDate } from "./sidelines-date";
import { gatheringVenue, namesGatheringAgain, printedAsBodySeat } from "./sidelines-place";
import { isHeldSession } from "./held-session";
import { onlyOfFamily, otherFamiliesApart, otherKindsOf, takesNoDoerBefore } from "./other-kinds";
import { flagStateAt } from "./flag-state";
import { riverThatFlooded } from "./flooded-river";
import { passingPlaceAt } from "./passing-places";
import { onlyHostile, speakersIn } from "./speakers";
import { dayPossessiveBefore, onlyToldAs } from "./told-occasions";
import { AFTER_WORDS as AFTER } from "./after-words";
import { speechActSpeakers } from "./spoken-statements";
import { citedSources } from "./cited-sources";
import { commentersOnHappening } from "./commenters";
import { units, type Unit } from "./units";
import { backdropFrames } from "./backdrop-frame";

/**
 * Events, sentence by sentence: the cues of a sentence decide which kinds of happening it reports
 * (see rules/events.json), the persons named in it are the participants, the most specific place
 * printed in it is the location, and a date printed or implied in it ("الأحد", "اليوم") is the
 * date. Sentences that continue an event ("وناقشا …", "تناول اللقاء …") take its participants.
 * Mentions of the same happening across the article are then merged.
 */
export function detectEvents(
  ctx: Ctx,
  persons: PersonRead[],
  places: { known: LocationRead[]; tagged: LocationRead[] },
  published: string | null,
  titleEnd: number,
  roleSpans: { first: number; last: number }[],
  home: string | null = null,
  dateline: DatelineSpan | null = null,
): EventRead[] {
  const { doc } = ctx;
  const locations = places.known;
  // Lines above the dateline are headings (the headline, a subheading, a repeated lead): they
  // tell the event, but its own sentence is the one under the dateline.
  if (dateline) titleEnd = Math.max(titleEnd, dateline.line.start);
  const { tokens, text } = doc;
  const found: EventRead[] = [];
  const us = units(doc);
  // Asked of many tokens of every sentence: the role spans marked once on the tokens.
  const roleToken = new Uint8Array(tokens.length);
  for (const r of roleSpans) roleToken.fill(1, Math.max(0, r.first), Math.min(tokens.length, r.last + 1));
  const inRole = (k: number) => roleToken[k] === 1;
  // The tokens of the bodies named ("الوكالة الكورية لتطوير الدفاع"): a purpose in a body's name is no project's.
  const bodyToken = new Uint8Array(tokens.length);
  for (const o of organizationsOf(ctx).mentions) bodyToken.fill(1, Math.max(0, o.first), Math.min(tokens.length, o.last + 1));
  const inBody = (k: number) => bodyToken[k] === 1;
  // The dateline ("ISTANBUL (AA) -", "الرياض - واس") says where the wire filed from, not where it happened.
  const inDateline = (k: number) => !!dateline && k >= dateline.first && k < dateline.last;
  const datelinePlace = datelinePlaceOf(us, dateline, locations);
  let prev: EventRead | null = null;
  let prevUnit = -10;
  // A cue word inside a name is part of the name ("فيصل" is not "ف" + "يصل", arrives).
  const inName = new Set(persons.flatMap((p) => p.tokenSpans.flatMap((sp) => Array.from({ length: sp.last - sp.first + 1 }, (_, i) => sp.first + i))));
  // The last words of the story's persons' full names ("kaliňák" of "Robert Kaliňák").
  const familyKeys = new Set(persons.flatMap((p) => p.keys.filter((ks) => ks.length >= 2).map((ks) => ks.at(-1)!)));
  // Whether a token is part of a person's name or office (event-place.ts reads it per sentence).
  const aboutPerson = (k: number) => inName.has(k) || inRole(k);
  // The last full date a sentence printed, for a meeting "on the sidelines" of what it dated.
  let printed: { ui: number; iso: string } | null = null;
  // The venue of the last gathering told, for a meeting "on the sidelines" of it.
  let gatheredAt: { ui: number; place: LocationRead } | null = null;
  const venuesIn = (u: Unit, cues: CueHit[]) => {
    const printedPlaces = [...locations, ...places.tagged].flatMap((l) => l.spans.filter((s) => s.first >= u.first && s.last < u.last));
    const passing = passingPlaceAt(tokens, u, text, printedPlaces);
    // "سفينة ترفع علم بنما": the ship's flag is no venue either.
    const flag = flagStateAt(tokens, u, text, printedPlaces);
    const known = venueCandidates(tokens, u, cues, locations, inRole, (k) => inDateline(k) || passing(k) || flag(k), inBody);
    if (known.length) return known;
    const tagged = venueCandidates(tokens, u, cues, places.tagged, inRole, (k) => inDateline(k) || passing(k) || flag(k), inBody);
    if (tagged.length) return tagged;
    // "على بعد 12 ميلا شرق مدينة X": with no other place printed, the town the distance is measured from.
    const measured = passingPlaceAt(tokens, u, text, printedPlaces, true);
    return venueCandidates(tokens, u, cues, locations, inRole, (k) => inDateline(k) || measured(k) || flag(k), inBody).filter((h) => h.l.kind === "city");
  };
  for (const [ui, u] of us.entries()) {
    // A deed told as one's record ("وسبق لها أن نشرت وحدات") is no occasion of the report.
    // A sentence opened by a plan ("ومن المقرر أن …") tells what is to come, no occasion.
    // "وينص الاتفاق على تمرين سنوي", "the plan provides for … exercises": what a text lays down is to come too.
    const opened = plannedFrom(tokens, u);
    const planned = opened >= 0 ? opened : providedFrom(tokens, u);
    // "وأوضح X في كلمته أن الاجتماع يهدف إلى …": an occasion named in the words a person is said to
    // have spoken, in a sentence that opens by saying so, is his account of it, no occasion of the
    // report. A happening he reports ("قال إن مسلحين هاجموا …") stays one.
    // "Kaliňák said …" with two of that family named in full: the family name alone, left unread, names a speaker too.
    const spoken = spokenWordsStart(tokens, u, (k) => inName.has(k) || (familyKeys.has(tokens[k]!.key) && /^\p{Lu}/u.test(tokens[k]!.text)), doc.language === "en");
    const spokenEnd = spoken >= 0 ? spokenWordsEnd(tokens, u, spoken) : -1;
    // "في ضوء ما اتفق عليه X وY خلال اجتماعات اللجنة", "the course set by X and Y when they met":
    // the occasions a backdrop frame names are none of the story's.
    const frames = backdropFrames(tokens, u);
    const all = cuesIn(tokens, text, u.first, u.last).filter((c) => (c.kind === "other" || !(c.first >= spoken && c.first < spokenEnd)) && !frames.some((f) => c.first > f.first && c.first < f.last));
    // "ستنظم الغرفة زيارة", "وتعقد اللجنة اجتماعا الأسبوع المقبل": an occasion still to be held;
    // "البطولة، التي انطلقت في …": when a thing began, told in a clause about it; "toured the stall
    // of X": a round of a fair, no visit; "الهجمات تراجعت": attacks that fell, a trend.
    const cues = all.filter((c) => !inName.has(c.first) && !amountReached(tokens, c) && !flewNowhere(tokens, c) && !plannedInEnglish(tokens, c) && !namedToCome(tokens, c) && !toldAsDoneBefore(tokens, c) && !(planned >= 0 && c.first > planned) && !(c.kind === "visit" && insideQuote(text, u, tokens[c.first]!.start)) && !heldLater(tokens, u, c, all) && !otherToCome(tokens, u, c, all) && !startInRelative(tokens, c) && !tourOfFair(tokens, c) && !returnAsCause(tokens, u, c, all, locations, places.tagged) && !attackTrend(tokens, u, c));
    const printedBefore = printed;
    const gathered = gatheringDate(doc, u, cues, dateline);
    if (gathered) printed = { ui, iso: gathered };
    const gatheredBefore = gatheredAt;
    if (findCue(cues, "gatheringNouns") && !(gatheredAt && namesGatheringAgain(tokens, cues))) {
      const place = gatheringVenue(cues, venuesIn(u, cues));
      gatheredAt = place ? { ui, place } : null;
    }
    // "وترأست الجانب المغربي X، فيما قاد الوفد الإسباني Y": who led the sides of the meeting just told.
    // ("ترأس" is also a cue of taking part in a gathering: no happening here.)
    const led = cues.some((c) => HAPPENING_KINDS.has(c.kind) && c.kind !== "participation") ? null : meetingOfLeaders(tokens, u, found, ui);
    if (led) {
      joinOccasion(led, participantsIn(ctx, persons, u, inRole), null);
      prevUnit = ui;
      continue;
    }
    if (!cues.length) continue;
    if (joinAttendance(ctx, cues, found, () => namedIn(persons, u))) continue;
    const { types, agreed, welcome, returns, collective, meetingCues, earlier, joinsConference, delivery, shipCame, agreedAtTalks } = readKinds(tokens, text, u, cues, namedIn(persons, u).length, found, ui, (k) => inName.has(k));
    // "وتأتي هذه المباحثات تنفيذا لما اتفق عليه X وY خلال لقائهما الأخير": undated talks it follows are background.
    if (toldAsBackground(tokens, u) && !eventDate(doc, u, published, inDateline)) for (const t of ["meeting", "agreement", "visit"] as const) if (types.includes(t)) types.splice(types.indexOf(t), 1);
    // "and were shown around by executives of the operator": how the occasion went, no visit.
    if (types.includes("visit") && shownRoundUnguided(tokens, u, cues, (k) => inName.has(k))) types.splice(types.indexOf("visit"), 1);
    if (agreedAtTalks) {
      const talks = found.findLast((e) => e.type === "meeting");
      if (talks) talks.gaveAgreement = true;
    }
    // "وشارك في الافتتاح X", "… في حفل الافتتاح": a part of the opening told just before.
    const openingPart = partOfOpening(tokens, u, cues, found, ui);
    if (openingPart) {
      if (openingPart.joined) joinOccasion(openingPart.opening, participantsIn(ctx, persons, u, inRole), null);
      if (types.includes("other")) types.splice(types.indexOf("other"), 1);
    }
    if (!types.length) continue;

    let participants = participantsIn(ctx, persons, u, inRole);
    // "… عقدت في المركز بحضور محافظ إربد X": who attended took no part.
    const attended = presentOnly(tokens, persons, u, cues);
    if (attended.size) participants = participants.filter((i) => !attended.has(i));
    // "وكان الضيف الباكستاني قد وصل …": the guest named by a description is the sentence's subject.
    const described = types.some((t) => t !== "other" && t !== "statement") ? describedPerson(tokens, persons, u, inRole) : null;
    if (described !== null && !participants.includes(described)) participants = [described, ...participants];
    // "زار سموه المنفذ", "وكان X قد استقبل سموه": the dignitary the honorific pronoun stands for.
    if (types.some((t) => t !== "other" && t !== "statement")) participants = withHonored(ctx, persons, u, participants);
    // "كما زار الفريق المخيم": the team's head named before, by his role.
    const groupHead = types.some((t) => t === "visit" || t === "meeting") ? headOfGroupSubject(tokens, persons, u, (k) => inName.has(k)) : null;
    if (groupHead !== null && !participants.includes(groupHead)) participants = [groupHead, ...participants];
    // "كما التقى المري …" with two of that family named: the one who took part before.
    if (types.some((t) => t !== "other" && t !== "statement")) for (const i of sharedFamilyActors(tokens, persons, u, found)) if (!participants.includes(i)) participants = [i, ...participants];
    let inherited = false;
    // A vote is cast by a body ("The Senate committee approved …"): it takes no one from the sentence before.
    // Nor does an attack or a blast told with nobody named ("The crossing was shut after a landmine
    // blast …"), nor a wreck, a landing or ships watched: those who met or spoke in the sentence
    // before were not in it.
    const kindsHere = types.every((t) => t === "other") ? otherKindsOf(tokens, text, cues) : [];
    const vote = onlyOfFamily(kindsHere, "vote");
    // Nor does a happening told as what had been done before ("يذكر أن الوحدات كانت قد حجزت يوم
    // الجمعة الماضي …") after a visit or a meeting: its doers are not those who met.
    // "SENAD said its agents seized …" after a visit: a happening reported by whoever did it, in
    // English, is not done by those who travelled or met in the sentence before.
    const reported = kindsHere.length > 0 && !!prev && prev.type !== "other" && reportedBeforeCue(tokens, u, cues);
    const doneBefore = (kindsHere.length > 0 && (pluperfect(tokens, u) || hadDoneNear(tokens, u)) && !!prev && prev.type !== "other") || reported;
    // Nor goods that arrived ("وكانت الشحنة قد وصلت …"): nobody travelled with them.
    if (!participants.length && !vote && !doneBefore && !delivery && !takesNoDoerBefore(kindsHere) && prev && continuesPrevious(tokens, u, cues, ui - prevUnit, text)) {
      participants = [...prev.participants];
      inherited = true;
    }

    // "the two ministers toured …": a visit by the two people of the latest occasion that had them.
    // "وقع الواليان على محضر الدورة": the two who signed, of the session just told.
    // "حيث قدم لهما المهندس X شرحا", "where its commander took them through": a host guided the visit.
    const guided = types.includes("visit") && guidedOnVisit(tokens, u.first, u.last, (k) => inName.has(k));
    const hosted = guided || receivedWhereVisited(tokens, cues);
    if (!vote && (types.includes("visit") || types.includes("agreement")) && (!participants.length || inherited || (hosted && types.includes("visit")))) {
      const pair = pairOfOfficers(tokens, u, ui, found, (i) => persons[i]?.role ?? null, (v) => namedIn(persons, us[v]!));
      // "the two ministers toured the post, where X took them through": the pair, and the host who guided them.
      if (participants.length && !inherited) participants = [...pair, ...participants.filter((i) => !pair.includes(i))];
      // Carried over from the sentence before, the pair narrows its people to the two it names.
      else if (!participants.length || (pair.length && pair.length < participants.length && pair.every((i) => participants.includes(i)))) participants = pair;
    }
    // "وكان في استقبال الوفد X": who welcomed the visitors on their arrival took part in the visit.
    const welcomed = welcome && tokens[welcome.first - 1]?.key === "في" && !types.some((t) => t !== "other") ? found.findLast((e) => e.type === "visit" && ui - e.unit <= 3) : undefined;
    if (welcomed) for (const i of participants) if (!welcomed.participants.includes(i)) welcomed.participants.push(i);
    // "The turbines arrived at the depot on Thursday, Ms X said": nor who tells of goods that arrived.
    const speakers = types.includes("other") && (onlyHostile(tokens, text, cues) || delivery) ? speakersIn(tokens, persons, u) : new Set<number>();
    // "أدانت الوزيرة X الهجوم", "Y welcomed the drills": who speaks of a happening took no part in it.
    if (types.includes("other")) for (const i of speechActSpeakers(doc, persons, u)) speakers.add(i);
    // "According to X, the attackers withdrew …": the source of the report took no part either.
    if (types.includes("other")) for (const i of citedSources(tokens, text, persons, u, doc.language === "en")) speakers.add(i);
    // "وأوضح X أن الوحدات ضبطت …": who says what happened took no part in it.
    if (types.includes("other") && !vote) for (const i of commentersOnHappening(tokens, persons, u, cues)) speakers.add(i);

    // Location: the most specific place printed in the unit outside roles and names.
    // Nor is a place the sentence says someone came from or was heading to ("قادما من", "في طريقها إلى").
    // The sentence's tests are inline arrows and plain objects, not named closures: under tsx's
    // keepNames each named closure made per sentence costs a defineProperty.
    const hostWhereWent = hosted || wentWhereReceivedCues(tokens, u.first, u.last).length > 0;
    const sentencePlaces = venuesIn(u, cues);
    const here = (types.every((t) => t === "other") && courtVenue(tokens, u, cues, sentencePlaces, locations)) || sentencePlaces;
    const choice = { tokens, cues, returns, home, locations, here, aboutPerson };
    // "وعلى هامش الجلسة، التقت …": the gathering told just before, with its printed day, is the day.
    const sidelinesOf = findCue(cues, "sidelines") && printedBefore && ui - printedBefore.ui <= 2 ? printedBefore.iso : null;
    // … and its venue is the place, when the sentence prints none.
    // "وعلى هامش الاجتماع، وقع …" after talks told with their venue: the talks' venue.
    const sidelinesAt = findCue(cues, "sidelines") ? (gatheredBefore && ui - gatheredBefore.ui <= 2 ? gatheredBefore.place : talksVenueBefore(found, ui)) : null;
    // "في اليوم التالي": the day after the last occasion told with a day.
    // "A day earlier", "في اليوم السابق": the day before it.
    const shift = tellsNextDay(tokens, u) ? 1 : tellsDayBefore(tokens, u) ? -1 : 0;
    const toldDay = shift ? countedFrom(found) : undefined;
    // "After the ceremony, X signed …": with no day of its own, the day of the occasion told before.
    // "وكان X قد استقبل Y لدى وصوله", told after the talks: the guest was received the day he came to them.
    const receivedBefore = types.includes("reception") && pluperfect(tokens, u) && receivedOnArrival(tokens, cues, u.last);
    // "were met at the airport by X", after the journey told with its day: met the day they came.
    const metOnArrival = types.includes("reception") && !!receivedAtPlace(tokens, cues, u.first) ? found.findLast((e) => e.type === "visit" && e.date)?.date : undefined;
    // "وعقد الجانبان عقب ذلك اجتماعا" after a guest's reception: the talks were held the day he was received.
    const received = found.at(-1)?.type === "reception" && found.at(-1)!.unit === ui - 1 && followsToldArabic(tokens, u) ? found.at(-1)!.date : null;
    // "وعقب المراسم عقد الجانبان اجتماعا": talks told right after the occasion before them, with no day of their own, on its day.
    const afterTold = !shift && !types.includes("visit") ? toldOccasionDay(tokens, u, found) : null;
    const sameDay = !shift && (opensAfterTold(tokens, u) || receivedBefore || metOnArrival || received) ? (metOnArrival ?? received ?? countedFrom(found) ?? null) : afterTold;
    const date = sidelinesOf ?? (toldDay ? addDays(toldDay, shift) : (eventDate(doc, u, published, inDateline) ?? sameDay));
    // "الذي قام بزيارة من ٢ إلى ٥ يونيو": a visit is dated by the first day of the span it lasted.
    const visitDate = sidelinesOf || toldDay ? date : (dayBesideVisitVerb(doc, u, cues.filter((c) => c.kind === "visit"), published, inDateline) ?? eventDate(doc, u, published, inDateline, true) ?? sameDay);
    // "يزور الضيف اليوم الجمعة المركز، كما يلتقي غدا السبت رئيس الوزراء": of two days, the meeting's is the one beside its word.
    const duringDays = sidelinesOf || toldDay || !meetingCues.length ? undefined : dayOfMeetingDuringVisit(doc, u, meetingCues[0]!, published);
    // "X, who arrived on Monday, later called on Y": the day of the clause about him is his arrival's.
    const whoDay = sidelinesOf || toldDay || !meetingCues.length ? undefined : dayOnlyInWhoClause(doc, u, meetingCues[0]!, countedFrom(found));
    const meetingDay = sidelinesOf || toldDay || !meetingCues.length || duringDays !== undefined ? null : whoDay !== undefined ? whoDay : dayBesideWord(doc, u, meetingCues[0]!, published, inDateline);
    // "briefed them on last Friday's attack": the happening named with a day of its own.
    const named = types.includes("other") ? possessiveDayCue(tokens, text, u, cues, published) : null;
    const namedDay = named?.day ?? null;
    // "أجرى خلال الزيارة لقاءات", "during his visit": what the sentence tells happened on the visit.
    const visitWords = cues.filter((c) => c.kind === "visit" && !returns.some((r) => r.first === c.first));
    const duringVisit = cues.some((r) => r.kind === "reference" && visitWords.some((v) => v.first > r.last && v.first - r.last <= 1));
    const toldCues: Partial<Record<EventType, CueHit[]>> = { meeting: meetingCues, visit: visitWords, reception: cues.filter((c) => c.kind === "ceremony"), agreement: cues.filter((c) => c.kind === "agreementNouns"), other: cues.filter((c) => c.kind === "other") };
    if (prev && ui - prevUnit <= 2 && tellsOccasionOfPrevious(cues, u, types)) {
      joinOccasion(prev, participants, placeOf(prev.type, choice));
      prevUnit = ui;
      continue;
    }
    // "وقد استقبلها في الميناء قائد Z" after a ship's arrival: who received the ship took part in it.
    const ship = shipReceived(tokens, cues, found, ui);
    if (ship) {
      joinOccasion(ship, participants, null);
      prevUnit = ui;
      continue;
    }
    // "وشارك في الاجتماع كل من …" after a conference: who else took part in it.
    if (joinsConference && types.every((t) => t === "conference")) {
      joinOccasion(joinsConference, participants, null);
      prevUnit = ui;
      continue;
    }
    // "وشارك في جانب من المباحثات X": who else took part in the talks just told.
    // "X, the head of the post, joined the tour": who else went round on the visit just told.
    const talks = joinedTalks(tokens, u, cues, types, found, ui) ?? joinedTour(tokens, u, cues, types, found, ui);
    if (talks) {
      joinOccasion(talks, participants, null);
      prevUnit = ui;
      continue;
    }
    for (const [ti, type] of types.entries()) {
      // "نشر الجيش ألف جندي بعد يومين من هجوم …": an 'other' occasion with an earlier 'other' told
      // after it reads as two, and the earlier one is the last.
      const earlierOne = !!earlier && type === earlier.type && ti === types.lastIndexOf(type);
      const sameTypeOccasion = !!earlier && !earlierOne && type === earlier.type;
      // "The seizure came a week after X met Y": the earlier talks are held by those its clause
      // names (an earlier attack, by nobody named); the sentence's own occasion keeps the rest.
      let ps = earlier ? participants.filter((i) => onlyInClause(persons[i]!, u, earlier.after) === (earlierOne && earlier.type === "meeting")) : participants;
      if (earlierOne && earlier.type !== "meeting") ps = [];
      // "وقال القائد X إن الهجمات تراجعت": who speaks of an attack took no part in it.
      if (type === "other") ps = ps.filter((i) => !speakers.has(i));
      // "وصلت السفينة X إلى ميناء Y، وقائدها Z": a ship's arrival has nobody, whoever commands it.
      if (type === "other" && shipCame) ps = [];
      // "visited the station, where X briefed them on last Friday's attack": those of the visit
      // took no part in the attack it names.
      if (type === "other" && namedDay && types.some((t) => t !== "other") && onlyHostile(tokens, text, cues)) ps = [];
      // Not a host who received them where they went ("وتحول الوفد إلى المعبر، حيث استقبله X"): he is in the visit.
      if (type === "visit" && welcome && ps.length > 1 && !hostWhereWent) ps = ps.slice(1);
      // "رحب X بالقرار": a reaction, spoken by the subject of its verb alone.
      if (type === "statement") ps = speechActSpeakers(doc, persons, u).slice(0, 1);
      if (type === "statement" && !ps.length) continue;
      // A sentence that continues an event ("وناقش الطرفان الاعتداءات … على الحدود مع أذربيجان")
      // names what was discussed, not where: it keeps the event's place.
      // A visit names where it went ("زارت الوزيرة القاعدة البحرية بـ…"): it keeps its own place.
      const ownVisitPlace = type === "visit" && inherited ? placeOf(type, choice) : null;
      // Beside an earlier happening, the sentence's own occasion takes no place of the earlier one's clause.
      // A dateline's city is no place to keep: "The attack took place in Mandera County" says where.
      // "وألقت قوات الأمن القبض على … في X" after a surrender: a happening of another family is
      // one of its own, told where its sentence says.
      // "ويوم الأحد الماضي، نفذت السفينتان تمرينا قبالة جزيرة X" after a visit to a port: a
      // happening told after talks or a visit, with a place of its own, was held there.
      const ownFamily = type === "other" && here.length > 0 && (prev?.type !== "other" || otherFamiliesApart(kindsHere, prev.otherKinds));
      const inheritedPlace = inherited && type !== "statement" && prev?.location && !prev.datelinePlace && !ownFamily ? prev.location : null;
      // A headline's agreement names what was agreed on ("تتفقان على دوريات في خليج عدن"), not where.
      const ownEarlier = earlierOne ? earlierOwnPlace(earlier, type, here) : null;
      // "إثر فيضان نهر شبيلي": the river that flooded is no venue; the occasion's town is.
      const earlierPlace = earlierOne && riverThatFlooded(tokens, ownEarlier, cues) ? earlierOwnPlace(earlier, type, here, false) : ownEarlier;
      // So it does when the headline goes on to an earlier happening ("يتفقان على نشر قوة في X بعد اشتباكات").
      const headlineAgreed = u.end <= titleEnd && type === "agreement" && agreed;
      const own = earlierOne ? earlierPlace : earlier ? (headlineAgreed ? null : (earlierOwnPlace(earlier, type, here, false) ?? inheritedPlace)) : (ownVisitPlace ?? inheritedPlace ?? (u.end > titleEnd ? placeOf(type, choice) : headlineAgreed ? null : headlineVenue(type, tokens, here)));
      // On the sidelines of a gathering, a state the sentence names is what was discussed, not where.
      // A town that only says where the partner body sits ("مع معهد X في طشقند") yields to it too.
      const atGathering = earlierOne || (own && own.kind !== "country" && !(sidelinesAt && printedAsBodySeat(tokens, here, own))) ? null : sidelinesAt;
      const filedAt = own || earlierOne || atGathering ? null : datelinePlace(u, ui);
      // "… briefed them on last Friday's attack, in which a bomb struck a truck on the Y road": beside
      // the visit, the attack took place where the words after its noun say.
      const namedPlace = type === "other" && named && types.some((t) => t !== "other") ? placeAfterNamedDay(tokens, u, named.cue, [...locations, ...places.tagged], inRole) : null;
      const location = namedPlace ?? atGathering ?? own ?? filedAt;
      // The occasion's noun opens the sentence, after at most a verb or an article: it is what the
      // sentence is about, whatever talks it goes on to name ("since talks broke down in October").
      // Not the earlier happening a clause tells after it ("وجاء التمرين بعد أسبوعين من اصطدام …").
      // "In Thursday's meeting, …": a weekday's possessive after the preposition stands where "the" would.
      // "وجرى التوقيع في ختام …": the signing said again by its noun opens the sentence as the agreement's noun would.
      const openingCues = type === "agreement" ? [...(toldCues.agreement ?? []), ...cues.filter((c) => c.kind === "signing")] : toldCues[type];
      const opening = earlierOne ? undefined : openingCues?.find((c) => c.first - u.first <= 1 || (c.first - u.first <= 4 && dayPossessiveBefore(tokens, c.first)));
      const toldFirst = !!opening && onlyToldAs(ctx, type, [opening]);
      // "ووصل الفريق الطبي … على متن رحلة تحمل المستلزمات اللازمة للحملة": goods or a team that
      // arrived are a happening of their own, whatever occasion they came for.
      const told = !(delivery && type === "other") && (toldFirst || (!!toldCues[type] && onlyToldAs(ctx, type, toldCues[type])));
      // Counted back from the day of the occasion the sentence goes on with ("The agreement came four
      // days after …" after an agreement dated Tuesday), else from the publication date. A headline
      // prints no day: the first occasion told with one is the story's ("وجاء التدريب بعد أسبوعين من …").
      const anchor = date ?? (inherited ? prev?.date : null) ?? found.find((x) => x.date)?.date ?? published;
      const back = earlierOne && earlier.days !== null && anchor ? addDays(anchor, -earlier.days) : null;
      // "وتأتي الزيارة بعد هجوم استهدف يوم الأربعاء الماضي قاعدة …": not counted in days, the earlier
      // happening is dated by a day its own clause prints.
      // "The talks came two days after gunmen attacked a post on Sunday": a day its clause prints
      // says better than one counted from a day the sentence may have printed in that very clause.
      const ownDay = earlierOne && (back === null || clausePrintsDay(tokens, text, earlier.after, u.last, doc.language === "en")) ? clauseDate(doc, u, earlier.after + 1, published, inDateline) : null;
      // "وجاء الاجتماع … بعد أيام من هجوم شنه مسلحون فجر الجمعة الماضي": the day the earlier
      // happening's clause prints is not the sentence's own occasion's.
      const ownDate = earlier && !earlierOne && date !== null ? dayBeforeEarlier(doc, u, earlier.after, date, published, inDateline) : date;
      const e: EventRead = { type, participants: ps, location, date: earlierOne ? (ownDay ?? back) : type === "visit" ? (visitDate === date ? ownDate : visitDate) : type === "other" ? (namedDay ?? ownDate) : type === "meeting" && !earlier ? (duringDays !== undefined ? duringDays : whoDay !== undefined ? whoDay : (meetingDay ?? ownDate)) : ownDate, start: u.start, end: u.end, unit: ui, inherited, fromTitle: u.end <= titleEnd, datelinePlace: !!filedAt || (inherited && !!prev?.datelinePlace && location === prev.location), told, duringVisit: duringVisit && type !== "visit", backstory: pluperfect(tokens, u) };
      if (toldFirst) e.toldFirst = true;
      // "The talks came days after a cutter rescued 11 fishermen … last Friday", "وتأتي هذه الزيارة
      // بعد أن تمكنت وحدة …، يوم الأربعاء الماضي، من إنقاذ …": the occasion told again as the
      // subject, then what it came after: a day printed after that word is the earlier happening's.
      if (!earlier && e.date) {
        const after = cameAfter(ctx, type, openingCues, u);
        if (after !== null) e.date = dayBeforeEarlier(doc, u, after, e.date, published, inDateline);
      }
      if (type === "meeting" && !ps.length && collective.length) e.collective = true;
      if (type === "meeting" && meetingCues.some((c) => isHeldSession(tokens, c))) e.session = true;
      if (type === "visit" && backstoryArrival(tokens, u, visitWords)) e.arrivalOnly = true;
      if (type === "visit" && tellsArrival(tokens, visitWords)) e.arrival = true;
      if (type === "visit" && toldAsStop(cues, visitWords)) e.tourStop = true;
      if (type === "visit" && hostWhereWent) e.hostWhereWent = true;
      if (type === "visit" && visitWords.length && visitWords.every((v) => cues.some((r) => (r.kind === "reference" || r.kind === "sidelines") && v.first > r.last && v.first - r.last <= 1))) e.aside = true;
      // "The vote came a week after fighters attacked …": the earlier one is of its own family.
      if (type === "other" && delivery) e.delivery = true;
      if (type === "other") e.otherKinds = otherKindsOf(tokens, text, earlierOne ? cues.filter((c) => c.first > earlier.after) : sameTypeOccasion ? cues.filter((c) => c.first <= earlier.after) : cues);
      // "وصلت السفينة … للمشاركة في التمرين": a ship that came is of the docking family, not the drill it came for.
      if (type === "other" && shipCame) e.otherKinds = ["docking"];
      if (type === "agreement" && agreed) e.agreed = true;
      if (earlierOne) e.clauseStart = tokens[earlier.after + 1]?.start;
      // "خاصة بعد أن وقعت الدول الثلاث عام 2021 اتفاقا": an agreement of an earlier year, with
      // nobody named, is a backdrop: its clause names its parties, it takes no place from the
      // sentence before and no day.
      // Nor when its parties were only carried over from the sentence before ("يذكر أن البلدين
      // وقعا اتفاقا … عام 2018" after the minister's talks): the states named sign it, not he.
      // So is a visit or an arrival with nobody named, or only those of the sentence before ("X handed
      // its jets to Y in 2023, … until the arrival of new aircraft"): no report of the story's visit.
      const backdrop = (type === "agreement" || type === "visit") && (!ps.length || inherited) ? yearBackdropStart(tokens, u, published) : null;
      // "In 2022 the two countries concluded agreements …": history told by its year alone, in the
      // sentence's own clause (not after "بعد أن"), is the story's background, no occasion of it.
      if (backdrop === u.first) continue;
      if (backdrop !== null) {
        e.clauseStart = tokens[backdrop]!.start;
        e.backdrop = true;
        e.date = null;
        if (inherited) e.participants = [];
        if (location === inheritedPlace) e.location = null;
      }
      found.push(e);
    }
    prev = found[found.length - 1]!;
    prevUnit = ui;
  }
  return found;
}

/** The day the words of a sentence from token `first` on print, read as a unit's date is. */
function clauseDate(doc: Ctx["doc"], u: Unit, first: number, published: string | null, inDateline: (k: number) => boolean): string | null {
  const t = doc.tokens[first];
  return t && first < u.last ? eventDate(doc, { first, last: u.last, start: t.start, end: u.end }, published, inDateline) : null;
}

/**
 * The day of a sentence's own occasion, `date` read over the whole sentence, when an earlier
 * happening is told from token `after` on: a day printed only in that earlier clause is the
 * earlier one's, and the occasion keeps what the words before it print (or none).
 */
function dayBeforeEarlier(doc: Ctx["doc"], u: Unit, after: number, date: string, published: string | null, inDateline: (k: number) => boolean): string | null {
  if (clauseDate(doc, u, after + 1, published, inDateline) !== date) return date;
  const t = doc.tokens[after];
  return t && after > u.first ? eventDate(doc, { first: u.first, last: after, start: u.start, end: t.start }, published, inDateline) : null;
}

// "وتأتي هذه الزيارة": a demonstrative may stand before the occasion's noun.
const DEMONSTRATIVES = new Set([...THIS_AR, "this"]);

/**
 * The token of the word of "after" in a sentence whose first words name an occasion told before
 * ("The talks came days after …", "وتأتي هذه الزيارة بعد أن …"), or null.
 */
function cameAfter(ctx: Ctx, type: EventType, cues: CueHit[] | undefined, u: Unit): number | null {
  const { tokens } = ctx.doc;
  const lead = cues?.find((c) => c.first - u.first <= 1 || (c.first - u.first <= 2 && DEMONSTRATIVES.has(tokens[c.first - 1]?.key ?? "")));
  if (!lead || !onlyToldAs(ctx, type, [lead])) return null;
  for (let k = lead.last + 1; k < u.last && k - lead.last <= 6; k++) if (AFTER.has(tokens[k]!.key)) return k;
  return null;
}

/** Whether the sentence names the person only in the clause after token `after`. */
function onlyInClause(p: PersonRead, u: Unit, after: number): boolean {
  const here = p.tokenSpans.filter((s) => s.first >= u.first && s.last < u.last);
  return here.length > 0 && here.every((s) => s.first > after);
}

/** The venue of the talks told in the last two units, when their own words named it. */
function talksVenueBefore(found: readonly EventRead[], ui: number): LocationRead | null {
  const talks = found.findLast((e) => e.type === "meeting" && ui - e.unit <= 2);
  return talks?.location && !talks.datelinePlace ? talks.location : null;
}
