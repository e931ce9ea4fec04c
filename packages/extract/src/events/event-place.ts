import type { LocationRead } from "../places/locations";
import { THEN_WORDS as THEN } from "./after-words";
import orgRules from "../rules/organizations.json";
import { isCalendarWord } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import { acrossBorder } from "./border-partner";
import { heldInTownOfStory, townSaidAgain } from "./city-said-again";
import { siteSaidAgain } from "./site-said-again";
import { englishSiteAtSaidAgain, englishSiteSaidAgain } from "./english-site-said-again";
import type { CueHit } from "./cues";
import type { EventType } from "./event-read";
import { mostSpecific, placeRank, type PlaceAt } from "./sentence-places";
import { destinationAfterVisitor } from "./destination-after-visitor";
import { placeOfVisitClause } from "./visit-noun-clause";
import { isWaterBody } from "./water";
import { WHERE_WORDS } from "./where-words";

const TIME_WORDS = new Set(["اليوم", "امس", "أمس", "today", "yesterday", "on"].map((w) => matchKey(w)));
const DESTINATION = new Set(["الي", "الى", "إلى", "to", "in", "لـ", "ل"]);
const PLACE_HEAD = new Set([...orgRules.placeHeads.city.ar, ...orgRules.placeHeads.city.en, ...orgRules.placeHeads.region.ar, ...orgRules.placeHeads.region.en].map((w) => matchKey(w)));
// Verbs of visiting whose object is the place visited (not "وصل", which takes "إلى").
const VISIT_VERB = new Set(["زار", "زارت", "يزور", "تزور", "visited", "visits", "visit", "toured"].map((w) => matchKey(w)));

/** What the place of a sentence's event is chosen from. */
export interface PlaceChoice {
  tokens: readonly Token[];
  cues: CueHit[];
  /** The "عاد إلى" cues: the place after them is home. */
  returns: CueHit[];
  /** The state the article's source belongs to. */
  home: string | null;
  locations: LocationRead[];
  /** The sentence's venue candidates (see venueCandidates). */
  here: PlaceAt[];
  /** Whether the token is part of a person's name or office. */
  aboutPerson: (k: number) => boolean;
}

/** The place of an event of `type` told by the sentence: the most specific venue, or where a visit went. */
export function placeOf(type: EventType, c: PlaceChoice): LocationRead | null {
  const { tokens, cues, returns, home, locations } = c;
  const here = seatInSite(thenClauseVenues(type, landVenues(type, c.here, tokens), tokens, cues), tokens);
  // "held talks in the city": the town of the story, said again by its bare noun.
  // "… بالمنفذ": a site said again by its bare noun.
  if (type !== "visit") return here.length ? mostSpecific(here) : (heldInTownOfStory(tokens, cues, locations) ?? siteSaidAgain(tokens, cues, locations, c.aboutPerson) ?? englishSiteAtSaidAgain(tokens, cues, locations));
  // The place a visit goes to; the place after "عاد إلى" is home.
  const visitCues = cues.filter((x) => x.kind === "visit" && !returns.some((r) => r.first === x.first));
  const referenceOnly = visitCues.length > 0 && visitCues.every((x) => cues.some((r) => r.kind === "reference" && r.last < x.first && x.first - r.last <= 1));
  const homeWord = cues.find((x) => x.kind === "homeWords" && visitCues.some((v) => x.first > v.last && x.first - v.last <= 3));
  if (homeWord && home) {
    const h = locations.find((l) => l.kind === "country" && l.country === home);
    if (h) return h;
  }
  // "وبعد الافتتاح تفقد الوفد أقسام المستشفى": a visit made of an inspection has no visit word; its verb leads to the site.
  const tourCues = visitCues.length ? visitCues : cues;
  if (!here.length) return townSaidAgain(tokens, visitCues, locations) ?? siteSaidAgain(tokens, tourCues, locations, c.aboutPerson) ?? englishSiteSaidAgain(tokens, visitCues, locations);
  const afterReturn = (k: number) => returns.some((r) => k > r.last && k - r.last <= 6);
  // "إلى مدينة شيتاغونغ", "to the town of X": a head may stand between the preposition and the name.
  const headed = (k: number) => PLACE_HEAD.has(tokens[k - 1]?.key ?? "") || (tokens[k - 1]?.key === "of" && PLACE_HEAD.has(tokens[k - 2]?.key ?? ""));
  const afterDestination = (k: number) => DESTINATION.has(tokens[k - 1]?.key ?? "") || (headed(k) && DESTINATION.has(tokens[k - (tokens[k - 1]?.key === "of" ? 3 : 2)]?.key ?? ""));
  // "arrived in X on Sunday and on Monday visited the naval base at Y": the site an English verb of
  // visiting takes as its object is where the visit went, before the town arrived in.
  const visitedSite = here.find((h) => h.l.kind === "site" && tokens[h.s.first - 1]?.key === "the" && visitCues.some((cue) => !tokens[cue.last]!.arabic && visitVerb(tokens[cue.last]!) && objectOf(tokens, cue.last, h.s.first - 1)));
  if (visitedSite) return visitedSite.l;
  for (const cue of visitCues) {
    // "زار قاعدة عنتيبي الجوية", "visited Camp X": the verb's object is where the visit went.
    const dest = here.find((h) => h.s.first > cue.last && h.s.first - cue.last <= 6 && (afterDestination(h.s.first) || (/^(ل|ب)/.test(tokens[h.s.first]!.key) && !tokens[h.s.first]!.key.startsWith("ال")) || (visitVerb(tokens[cue.last]!) && objectOf(tokens, cue.last, h.s.first)))) ?? objectAfterSubject(tokens, cue, here);
    if (dest) return withinDestination(tokens, here, dest) ?? enclosing(here, dest).l;
    const past = destinationAfterVisitor(tokens, cue, here, c.aboutPerson);
    if (past) return past.l;
    const stay = placeOfVisitClause(tokens, cue, here);
    if (stay) return stay;
  }
  // "خلال الزيارة": a visit told before; only an explicit destination places it.
  if (referenceOnly) return null;
  return mostSpecific(here.filter((h) => !afterReturn(h.s.first)));
}


/**
 * "استقبل X Y لدى وصوله إلى المطار، ثم عقد الجانبان جلسة مباحثات في القلعة": the talks told after
 * "then" were held at the venues printed after it, the welcome at those before it. Other sentences
 * and types keep all their venues.
 */
function thenClauseVenues(type: EventType, here: PlaceAt[], tokens: readonly Token[], cues: readonly CueHit[]): PlaceAt[] {
  if (type !== "meeting" && type !== "reception") return here;
  const welcome = cues.find((x) => x.kind === "welcome");
  const talks = welcome ? cues.find((x) => x.kind === "meeting" && x.first > welcome.last) : undefined;
  if (!welcome || !talks) return here;
  let then = -1;
  for (let k = welcome.last + 1; k < talks.first && then < 0; k++) if (THEN.has(tokens[k]!.key)) then = k;
  if (then < 0) return here;
  const side = here.filter((h) => (type === "meeting" ? h.s.first > then : h.s.first < then));
  return side.length ? side : here;
}

const SEAT = new Set(["مقر", "headquarters"].map((w) => matchKey(w)));

/** "مقر قيادة المنطقة": a body's seat, named by the body, not by a name of its own; the town says where. */
function seatOfBody(l: LocationRead): boolean {
  return SEAT.has(matchKey(l.name.split(/\s+/u)[0] ?? ""));
}

/**
 * "في مقر الوزارة بثكنة روساور": a seat named by a bare noun of its body ("مقر الوزارة") says less
 * than the named site right after it with "ب", where the seat stands: that site is the venue. A
 * seat named in full ("مقر قيادة البحرية بقاعدة X") keeps its place.
 */
function seatInSite(here: PlaceAt[], tokens: readonly Token[]): PlaceAt[] {
  const bareSeat = (h: PlaceAt) => seatOfBody(h.l) && h.s.last === h.s.first + 1;
  const siteAfter = (h: PlaceAt) => here.some((o) => o.l.kind === "site" && !seatOfBody(o.l) && o.s.first === h.s.last + 1 && /^ب/u.test(tokens[o.s.first]!.key));
  return here.some((h) => bareSeat(h) && siteAfter(h)) ? here.filter((h) => !(bareSeat(h) && siteAfter(h))) : here;
}

/**
 * "زار مدينة X، حيث تفقد مخيم Y", "visited X, where he toured the Y base": a more specific place
 * the clause of "where" goes on to name lies within the destination, and is where the visit went;
 * not a body's seat ("حيث زار مقر قيادة المنطقة"), which the town places well enough.
 */
function withinDestination(tokens: readonly Token[], here: PlaceAt[], dest: PlaceAt): LocationRead | null {
  for (const h of here) {
    if (h.s.first <= dest.s.last || placeRank(h) <= placeRank(dest) || seatOfBody(h.l)) continue;
    let k = h.s.first - 1;
    while (k > dest.s.last && h.s.first - k <= 3 && !WHERE_WORDS.has(tokens[k]!.key) && tokens[k]!.kind !== "punct") k--;
    if (k > dest.s.last && WHERE_WORDS.has(tokens[k]!.key)) return h.l;
  }
  return null;
}

/**
 * "تجول الوفد في محطة الحاويات بميناء X": the place found after ب may be the end of a longer site's
 * name that holds it (a part of the port, named by the port): that site is where the visit went.
 */
function enclosing(here: PlaceAt[], dest: PlaceAt): PlaceAt {
  return here.find((h) => h !== dest && h.s.first < dest.s.first && h.s.last >= dest.s.last) ?? dest;
}

/**
 * "ويزور وزير الدفاع الصومالي إريتريا منذ السبت", "زار وزير الدفاع الصربي أنقرة": the verb first,
 * its subject then its object, the first place printed after the subject in the verb's clause.
 */
function objectAfterSubject(tokens: readonly Token[], cue: CueHit, here: PlaceAt[]): PlaceAt | undefined {
  // Arabic puts the subject between; an English verb has its object right after it.
  if (!tokens[cue.last]!.arabic || !visitVerb(tokens[cue.last]!)) return undefined;
  const next = here.filter((h) => h.s.first > cue.last).sort((a, b) => a.s.first - b.s.first)[0];
  if (!next || next.s.first - cue.last > 8) return undefined;
  for (let k = cue.last + 1; k < next.s.first; k++) if (tokens[k]!.kind === "punct" || tokens[k]!.kind === "num") return undefined;
  return next;
}

/** A verb of visiting, also joined to the "و" or "ف" that opens its sentence ("ويزور X إريتريا"). */
function visitVerb(t: Token): boolean {
  return VISIT_VERB.has(t.key) || (t.arabic && /^[وف]/u.test(t.key) && VISIT_VERB.has(t.key.slice(1)));
}

/** "زار أمس الأحد قاعدة …": the place follows the verb, with at most a day or time between. */
function objectOf(tokens: readonly Token[], verb: number, at: number): boolean {
  for (let k = verb + 1; k < at; k++) if (!isCalendarWord(tokens[k]!) && !TIME_WORDS.has(tokens[k]!.key)) return false;
  return at - verb <= 4;
}

/** Talks and signings are held on land: a sea in their sentence is what they were about. */
function landVenues(type: EventType, here: PlaceAt[], tokens: readonly Token[]): PlaceAt[] {
  // A clash "near the border with X" may have been on either side; talks, a signing or a visit to
  // the border were held on this side of it.
  const sided = type === "other" ? here : here.filter((h) => !acrossBorder(tokens, h.s));
  return type === "visit" || type === "other" ? sided : sided.filter((h) => !isWaterBody(h.l.name));
}

/**
 * A headline names the parties more often than the venue; "يبحث في روما" names the venue, while
 * "sign pact on patrols in Strait of X" names what a signing was about.
 */
export function headlineVenue(type: EventType, tokens: readonly Token[], here: PlaceAt[]): LocationRead | null {
  return landVenues(type, here, tokens).find((h) => ["في", "in"].includes(tokens[h.s.first - 1]?.key ?? "") || /^ب[^ا]/.test(tokens[h.s.first]!.key))?.l ?? null;
}
