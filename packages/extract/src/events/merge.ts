import type { EventRead } from "./event-read";
import { bothRulings, onlyOfFamily, otherFamiliesApart, takesNoDoerBefore } from "./other-kinds";
import { stopOfTour } from "./tour-stop";

/**
 * One happening is reported many times (headline, lead, body, a closing paragraph). Reports of the
 * same type are merged when their participants agree: one set contains the other, or — for visits
 * and receptions, which a person makes once per article — they share someone. A report with no
 * named participant joins the latest report of its type.
 */
export function mergeEvents(events: EventRead[], english = false): EventRead[] {
  const out: EventRead[] = [];
  // "X, who arrived in the capital on Monday, …" then "On Tuesday he toured Camp Y with its
  // commander": in English the arrival tells of no visit but the tour, which stands for it (an
  // Arabic "وصل … في زيارة رسمية" is the state visit, the tour a part of it).
  const trips = new Set<EventRead>();
  for (const e of events) {
    const same = out.filter((x) => x.type === e.type);
    let target: EventRead | undefined;
    let detailed = false;
    // One ceremony per article: receptions at the same place are one.
    if (e.type === "reception") target = same.find((x) => !x.location || !e.location || x.location === e.location);
    // "وركزت المحادثات …": a sentence that names an occasion already told adds to the latest one
    // of its people, whatever place it goes on to name.
    // "The meeting brought together X and Y": the occasion as the sentence's subject is the latest one, whoever it names.
    const told = e.told && !target && e.type !== "other" ? same.findLast((x) => !e.participants.length || e.toldFirst || x.participants.some((p) => e.participants.includes(p))) : undefined;
    // "وأشادت الهيئة بنتائج المحادثات" after a reaction: talks named as told, with no talks told and
    // nobody of its own, add no meeting.
    if (e.told && e.inherited && e.type !== "other" && !target && !same.length) continue;
    if (told) {
      target = told;
      // "The agreement was signed in Lago Agrio": an agreement told again says where it was signed,
      // and a more specific place of its state still wins; talks told again name what they were about.
      if (target.location && e.type !== "agreement") e.location = null;
    }
    // "X watched the vote from the gallery", "قال قائد القوة إن التمرين …": an 'other' happening
    // named by a definite noun is the one of its family the body told before. An attack told
    // with nobody named gains no one from it: who names it afterwards spoke of it.
    const toldOther = e.told && e.type === "other" && !target ? same.findLast((x) => !x.fromTitle && !otherFamiliesApart(x.otherKinds, e.otherKinds)) : undefined;
    if (toldOther) {
      target = toldOther;
      if (!target.participants.length && onlyOfFamily(target.otherKinds, "hostile")) e.participants = [];
      // "The attack took place in Mandera County": its own place says better than a dateline.
      if (target.location && !target.datelinePlace) e.location = null;
      else if (e.location && !e.datelinePlace) Object.assign(target, { location: e.location, datelinePlace: false });
    }
    // "وعلى هامش الزيارة، وقعت الجامعتان …": the visit told already, named as the occasion of
    // something else by others who took part in that; they are not its visitors.
    if (e.aside && e.type === "visit" && !target && same.length) continue;
    if (target) {
      // merged below
      // Goods or a ship that came have nobody for being carried, not for want of a name: one told
      // with its people ("وتعد هذه المرة الأولى التي تشارك فيها وحدات … في تمرين") is not of them.
    } else if (!e.participants.length || same.some((x) => !x.participants.length && !x.delivery)) {
      target = e.participants.length ? same.find((x) => !x.participants.length && !x.delivery) : same[same.length - 1];
      detailed = !!target && namesItsSite(target, e);
      if (target && e.type === "other" && !e.fromTitle && !target.fromTitle && target.location && e.location && target.location !== e.location && !detailed) target = undefined;
      // "وكانت اللجنة قد عقدت جلسة": a body's sitting is an occasion of its own, not a meeting
      // told before with nobody named.
      if (target && e.session && !target.session && !e.fromTitle && !target.fromTitle && !target.participants.length) target = undefined;
      // A vote told after a detention is another happening, whoever is (not) named. So is one with
      // no doer of another family than the headline's ("berth opens at X", then "the car carrier
      // Y had docked on Sunday"): the headline tells the story's occasion, not every happening.
      if (target && e.type === "other" && !e.fromTitle && (!target.fromTitle || takesNoDoerBefore(e.otherKinds)) && otherFamiliesApart(e.otherKinds, target.otherKinds)) target = undefined;
      // Goods that arrived ("The turbines arrived at the depot last week") are a delivery of their
      // own, not the ceremony or the drill told before with nobody named.
      if (target && e.delivery && !target.delivery && !e.fromTitle && !target.fromTitle) target = undefined;
      // Told in another state ("اجتماع طارئ في القاهرة", then talks in Jeddah), or on another day
      // at another place, it is another occasion, whoever is named.
      if (target && !e.fromTitle && !target.fromTitle && apart(target, e)) target = undefined;
      // "وزعت … على المتضررين من الفيضانات، إثر فيضان …": the earlier happening its sentence tells
      // apart from the occasion is not that occasion, whatever words they share.
      if (target && !e.fromTitle && !target.fromTitle && e.clauseStart !== undefined && target.clauseStart === undefined && target.unit === e.unit) target = undefined;
      // "وكان خفر السواحل قد أحبط يوم الجمعة الماضي محاولة …": told in the pluperfect on a day of
      // its own, it is an earlier happening, not the one told before it.
      if (target && e.type === "other" && !e.fromTitle && !target.fromTitle && e.backstory && e.date && target.date && e.date !== target.date) target = undefined;
      // An agreement of an earlier year told as a backdrop is not the one the story reports.
      if (target && e.backdrop !== target.backdrop) target = undefined;
    } else {
      const set = new Set(e.participants);
      target = same.find((x) => {
        const xs = new Set(x.participants);
        const inter = x.participants.filter((p) => set.has(p)).length;
        // "وكانت الوزيرة قد زارت أمس الكلية العسكرية في X": a call she had paid on another day,
        // at a place of its own, is another visit than the one told; her arrival is not.
        if (e.type === "visit" && inter > 0 && calledEarlier(x, e)) return false;
        // "زار الوفدان أمس الخزان، حيث قدم مديره X شرحا": a site toured with its own head as the
        // guide, on another day than a journey told before and elsewhere, is a tour of its own.
        // A journey told only by the arrival, whose one visit told with a host is that tour, is no visit apart.
        if (e.type === "visit" && inter > 0 && guidedTourApart(x, e)) {
          if (english && x.arrival && !x.hostWhereWent) trips.add(x);
          return false;
        }
        if (e.type === "visit" || e.type === "reception") return inter > 0;
        if (e.type === "other" && bothRulings(x.otherKinds, e.otherKinds)) return true;
        // The same people meeting somewhere else is another meeting.
        // A dateline's city is where the report was filed, so it parts no meetings.
        if (e.type === "meeting" && x.location && e.location && !x.datelinePlace && !e.datelinePlace && distinctPlaces(x.location, e.location) && !e.fromTitle && !x.fromTitle) return false;
        return inter === xs.size || inter === set.size;
      });
    }
    if (!target) {
      out.push({ ...e, participants: [...e.participants] });
      continue;
    }
    // The site the sentence naming its doers names is closer than the lead's town or site; its town is not.
    if (detailed && e.location!.kind === "site") Object.assign(target, { location: e.location, datelinePlace: e.datelinePlace });
    absorb(target, e);
  }
  return trips.size ? out.filter((x) => !trips.has(x)) : out;
}

/**
 * Once every event has its place: an event told "during the visit" that now stands where an
 * event of its type and people already stands (the same place, or a city of the same state) is
 * that event, told again ("عقد خلال الزيارة عدة
 * اجتماعات" after the meeting was reported).
 */
export function foldDuringVisit(events: EventRead[]): EventRead[] {
  const out: EventRead[] = [];
  for (const e of events) {
    const set = new Set(e.participants);
    const target = e.duringVisit
      ? out.find((x) => {
          if (x.type !== e.type || !e.participants.length) return false;
          if (x.location !== e.location && (!x.location || !e.location || distinctPlaces(x.location, e.location))) return false;
          const inter = x.participants.filter((p) => set.has(p)).length;
          return inter === set.size || inter === x.participants.length;
        })
      : undefined;
    if (target) absorb(target, e);
    else out.push(e);
  }
  return out;
}

/** Folds the report `e` into the event `target`: its people, and its date and place where they say more. */
function absorb(target: EventRead, e: EventRead): void {
  for (const p of e.participants) if (!target.participants.includes(p)) target.participants.push(p);
  // The first report (the lead) says where; a later, vaguer report does not move the event.
  // A dateline only says where the report was filed: the event's own words, as specific, say better.
  const filedOnly = target.datelinePlace && e.location && !e.datelinePlace && rank(e.location.kind) >= rank(target.location!.kind);
  const refines = !!e.location && !!target.location && target.location.country === e.location.country && rank(e.location.kind) > rank(target.location.kind) && !stopOfTour(target, e);
  if (e.location && (!target.location || filedOnly || refines)) {
    target.location = e.location;
    target.datelinePlace = e.datelinePlace;
  }
  // Nor does an arrival elsewhere date a tour of a site told without a day ("وبعد الاجتماع زار
  // الواليان مقر القيادة" after "وكان الوفد قد وصل مساء الأحد عبر المعبر"): its occasion dates it.
  if (!(target.type === "visit" && e.arrival && arrivedInOtherTown(target, e, true))) target.date ??= e.date;
  // "الذي يقوم بزيارة …" told today, "وكان قد وصل إلى الدوحة أمس في زيارة …": a visit began the day he arrived.
  // Not an arrival in another town than the one the visit went to ("On arrival in Colombo on Monday"
  // beside a tour of a Trincomalee dockyard): that was an earlier stop of the trip, on its own day.
  if (target.type === "visit" && e.arrival && e.date && target.date && !target.arrival && e.date < target.date && !arrivedInOtherTown(target, e)) target.date = e.date;
  if (e.arrival) target.arrival = true;
  if (e.hostWhereWent) target.hostWhereWent = true;
  if (e.otherKinds) target.otherKinds = [...new Set([...(target.otherKinds ?? []), ...e.otherKinds])];
  // A visit told in its own words somewhere is a visit, however else it was told.
  if (!e.arrivalOnly) target.arrivalOnly = false;
  // A meeting of parties told without a person stays one, whoever a later report names.
  if (e.collective) target.collective = true;
  // An agreement signed somewhere is signed, however a headline told it ("يتفقان على").
  if (target.agreed && e.type === "agreement" && !e.agreed) target.signedToo = true;
  if (e.gaveAgreement) target.gaveAgreement = true;
  if (target.fromTitle && !e.fromTitle) {
    target.start = e.start;
    target.end = e.end;
    target.unit = e.unit;
    target.fromTitle = false;
  }
}

function apart(a: EventRead, b: EventRead): boolean {
  if (!a.location || !b.location || a.datelinePlace || b.datelinePlace) return false;
  // A site's state is inferred from its neighbours; a city's or a state's is the gazetteer's.
  const known = (l: { kind: string }) => l.kind === "city" || l.kind === "country";
  if (known(a.location) && known(b.location) && a.location.country && b.location.country && a.location.country !== b.location.country) return true;
  return !!a.date && !!b.date && a.date !== b.date && distinctPlaces(a.location, b.location);
}

/** A visit told in the pluperfect on a day and at a place apart from the visit `x`, not an arrival. */
function calledEarlier(x: EventRead, e: EventRead): boolean {
  if (!e.backstory || e.arrival || e.arrivalOnly || e.fromTitle || x.fromTitle) return false;
  return !!e.date && !!x.date && e.date !== x.date && !!e.location && !!x.location && e.location !== x.location && !e.datelinePlace;
}

/**
 * A visit `e` to a site whose host guided it, told on a day apart from the visit `x` and at another
 * place; or one made with someone the visit `x` did not have ("On Tuesday he toured Camp X with its
 * commander, Y" after his arrival in the capital on Monday): a tour of its own.
 */
function guidedTourApart(x: EventRead, e: EventRead): boolean {
  if (!(e.hostWhereWent || e.participants.some((p) => !x.participants.includes(p))) || e.fromTitle || x.fromTitle || e.location?.kind !== "site" || !x.location || x.location === e.location) return false;
  return !!e.date && !!x.date && e.date !== x.date;
}

function rank(kind: string): number {
  return kind === "site" ? 4 : kind === "city" ? 3 : kind === "region" ? 2 : 1;
}

/**
 * Whether the arrival `e` was in a town other than the one the visit `target` stands in, or, with
 * `site`, the visit is a tour of a site other than the place he arrived at. (A site's tour keeps
 * only its undated state from the arrival: a day its own sentence printed was moved back as before.)
 */
function arrivedInOtherTown(target: EventRead, e: EventRead, site = false): boolean {
  const [a, b] = [target.location, e.location];
  if (!a || !b || a.name === b.name) return false;
  return (a.kind === "city" && b.kind === "city") || (site && a.kind === "site");
}

/** Two places that cannot be the venue of one event: not the same, and not a place within a country named by the other. */
function distinctPlaces(a: { kind: string; country: string | null }, b: { kind: string; country: string | null }): boolean {
  if (a === b) return false;
  if (a.country && a.country === b.country && (a.kind === "country" || b.kind === "country")) return false;
  return true;
}

/**
 * "Cape Verde opened a museum in Mindelo on Friday." then "Minister X cut the ribbon at the Casa da
 * Y, …": a happening told with nobody named in a town, and in the very next sentence one of its family
 * with its doer at a site of that state, on no other day, is the lead told again in detail; so is one
 * told first at a site ("A clinic … opened in X on Tuesday", then the minister at "the X clinic"),
 * and one whose doers' sentence names only the state ("… cut the ribbon with the bank's head in X").
 */
function namesItsSite(target: EventRead, e: EventRead): boolean {
  const [a, b] = [target.location, e.location];
  if (!a || !b || (a.kind !== "city" && a.kind !== "site") || (a.country && b.country && a.country !== b.country)) return false;
  // Another town of the state ("… who arrived in the capital at the weekend") or the state alone
  // ("… office in Mongolia") is no other place of a lead told in a town.
  if (b.kind !== "site" && !(b.kind === "country" && a.country === b.country) && !(b.kind === "city" && a.kind === "city")) return false;
  // The next sentence, or the one after a piece cut off at a name's initial ("Minister B. | Bulgan cut …");
  // not an earlier happening told in the pluperfect.
  if (target.participants.length || !e.participants.length || e.backstory || e.unit - target.unit < 1 || e.unit - target.unit > 2) return false;
  return (!e.date || !target.date || e.date === target.date) && !!e.otherKinds?.length && !otherFamiliesApart(target.otherKinds, e.otherKinds);
}
