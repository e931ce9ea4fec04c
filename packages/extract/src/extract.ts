import type { Extraction } from "@marsad/schema";
import { cleanArticle } from "./clean/boilerplate";
import { namedAsOrigin } from "./events/seized-origin";
import { partnerOfVotedAccord } from "./events/vote-partner";
import { aboutCountries, homeCountry, visitDestination } from "./places/countries";
import { stateOfToldWarship } from "./events/vessel-state";
import { statesTakingPart } from "./events/participating-states";
import { venueStateIsParty } from "./events/third-state-venue";
import { groupOfStates } from "./events/group-parties";
import { isTravelDestination } from "./places/travel-destination";
import { storyShape } from "./places/story-shape";
import { isPlaceNounAfterPreposition, isPlaceNounOfStory } from "./places/place-noun-said-again";
import { buildDoc, type Doc } from "./document";
import { dateByOccasionTiedTo, placeByOccasionTiedTo } from "./events/tied-to-occasion";
import { placeByVenueToldLater } from "./events/venue-told-later";
import { placeAgreementAtTalks } from "./events/signed-where-talked";
import { detectEvents } from "./events/detect";
import { eventPlaceName } from "./events/event-place-name";
import { spokenStatements } from "./events/spoken-statements";
import { statementEvent } from "./events/statement-event";
import { announcedStatement } from "./events/announced-statement";
import { clauseEnd } from "./events/clause-end";
import { foldDuringVisit, mergeEvents } from "./events/merge";
import { placeEvents } from "./events/places";
import { placeStateVisitsAtSite } from "./events/state-visit-site";
import { printedAsFlag } from "./events/flag-state";
import { partnerAcrossBorder } from "./events/border-partner";
import { saidClauseOfHappening } from "./events/reported-clause";
import { placeByDateline, placeInFiledCity } from "./events/filed-place";
import { datelineLocation } from "./events/dateline-place";
import { foldAgreedIntoMeeting, foldMeetingIntoAgreement } from "./events/agreed-at-meeting";
import { toldAsEarlier } from "./events/backstory";
import { clearTeamMatchParticipants, teamMatchClauseEnd } from "./events/team-matches";
import { dropStateVenueOfVote, dropVoteAttendees } from "./events/vote-participants";
import { findPlaceHits, isPlaceName, type PlaceHit } from "./places/gazetteer";
import { outletAfterPlaces } from "./metadata/source-value";
import { readKeywords } from "./keywords";
import { findSites, prefixesDollarSign, readLocations } from "./places/locations";
import { opensStreetName } from "./places/english-named-facilities";
import { isPersonNameSaidAgain, laterNameWords } from "./places/person-name-said-again";
import { opensEnglishBodyName } from "./places/body-name-places";
import { aliasesOfAll } from "./places/location-aliases";
import { datelineCityHits, insideDatelineCity } from "./places/dateline-city";
import { readAuthor } from "./metadata/author";
import { authorSpans } from "./metadata/author-spans";
import { OPENING_QUOTES } from "./text/quotes";
import { findDateline, isBylineStart, isCreditLine, readLayout, type Layout } from "./metadata/header";
import { detectLanguage } from "./metadata/language";
import { readPublished } from "./metadata/published";
import { readSource } from "./metadata/source";
import { readTitle } from "./metadata/title";
import { findAppositiveBodies } from "./organizations/appositives";
import { branchInParentForce } from "./organizations/branch-in-parent-force";
import { firmOfOffice } from "./organizations/firm-in-office";
import { findNamesBeforeParty } from "./organizations/english-parties";
import { findNumberedUnits } from "./organizations/numbered-units";
import { findBusinessSubjects } from "./organizations/business-subjects";
import { findWorkNamedCentres } from "./organizations/work-named-centres";
import { findNationalCarriers } from "./organizations/national-carriers";
import { findHospitals } from "./organizations/hospitals";
import { findMuseums } from "./organizations/museums";
import { findTradeNamedFirms } from "./organizations/trade-named-firms";
import { namedByTwoStates } from "./organizations/joint-bodies";
import { findChambers } from "./organizations/chambers";
import { followsPluralTitle } from "./organizations/plural-titles";
import { namesSubunit, upperOfBodyBefore } from "./organizations/subunits";
import { bodyInTitleBeforeName } from "./organizations/title-before-name";
import { describesBodyNamedAfter } from "./organizations/description-before-name";
import { qualifiesPartAfter } from "./organizations/part-of-body";
import { isTitleCaseHeadline, printedAfterHeadline } from "./organizations/title-case-headline";
import { namedInUnheldOffice } from "./organizations/unheld-office";
import { chairedByName } from "./organizations/chaired-by";
import { isMinistryOfOffice } from "./organizations/ministry-of-office";
import { afterSeatWord, isPlaceNounPlaced, isPlacePhrase, isPlaceWithItsNationality, isTrafficPhrase, opensWithShowNoun, opensWithTimeNoun, withinShowTitle } from "./organizations/fragments";
import { namedInClauseOffice } from "./organizations/clause-office";
import { mergeNamesOfOneBody } from "./organizations/one-body";
import { namesBase } from "./organizations/base-names";
import { qualifiesNounAfter } from "./organizations/attributive-names";
import { isNationalTeam } from "./organizations/national-teams";
import { actsAfterRole, saidAgainOutsideTitles } from "./organizations/role-body-acting";
import { namesExercise, withinExerciseName } from "./organizations/exercise-names";
import { isOrgHeadAt } from "./persons/head-lookups";
import { namesPersonAgain } from "./organizations/person-named-again";
import { quotedOwnName } from "./organizations/quoted-own-names";
import { namedAsBuilding, namedAsEnglishBuilding } from "./organizations/building-names";
import { isMinistersSeat } from "./organizations/minister-seats";
import { rankAt } from "./persons/ranks";
import { withinCompetitionName } from "./organizations/competition-names";
import { findLowerCaseJointBodies } from "./organizations/lower-case-joint-bodies";
import { afterTownHead } from "./places/town-heads";
import { inNewsAgencyName } from "./places/agency-name-places";
import { findPluralHeadPlaces, isBarePluralHead } from "./places/plural-place-heads";
import { endsOnOwningStates, findDescribedBodies, listedBodyState, stateDescribedAfter, readOrganizations, isCitedAt, isIndefiniteDescription, isInternational, isInternationalMission, isListedInternational, isOutlet, isUnitedNationsBody, mergePrefixNames, opensWithAdjectiveOfNounBefore } from "./organizations";
import type { Ctx } from "./persons/anchor-spans";
import { readPersons } from "./persons";
import { tribalNisbaAfterLineage } from "./persons/arabic-names";
import { foldTaggedPersons } from "./persons/fold-tagged";
import { isSeatHead } from "./persons/roles";
import { accreditedBodyEnd } from "./persons/accredited-to";
import { dateByOccasion, dateMeetingsByVisit } from "./events/occasion-dates";
import { dateBySentenceBefore } from "./events/day-of-sentence-before";
import { dateByGatheringJustBefore, dateBySameDayWords, dateBySameParties, dateByStoryGoingOn } from "./events/same-day";
import { knownOutlet, outletCountry } from "./metadata/outlets";
import { addTaggedPersons, NER_MIN_CONFIDENCE, taggedOrganizations, taggedPlaces, taggedSpans, tokenRange } from "./ner/extend";
import { readSummary } from "./summary";
import { matchKey } from "./text/normalize";
import { isSportStory } from "./sport-story";
import { insideSpans, sourceNameSpans } from "./places/source-name-places";
import { isEponym, isVesselName, opensWithVesselPrefix } from "./persons/eponyms";
import { namesToldVessel } from "./persons/vessel-office";
import { readTopics } from "./topics";
import { forcesTogether } from "./topics/armed-officials";
import { EXTRACTOR_VERSION } from "./version";
import { isTownNamedLikePerson } from "./places/town-named-like-person";

export interface ExtractInput {
  text: string;
  fileName?: string;
  title?: string | null;
  /** `YYYY-MM-DD` from the page's metadata, used when the text prints no publication date. */
  publishedHint?: string | null;
  /** Read Arabic text with the learned entity tagger too (src/ner). Default true; false gives the rules alone. */
  tagger?: boolean;
}

// Entities are read from the first MAX_READ characters; the cleaned text is kept whole. News
// articles are a few kilobytes, so this only bounds the work on pathological inputs.
const MAX_READ = 200_000;

/** Reads one article. Pure and total: it never throws, whatever the input. */
export function extractArticle(input: ExtractInput): Extraction {
  try {
    return read(input);
  } catch {
    return empty(input);
  }
}

function empty(input: Partial<ExtractInput>): Extraction {
  const text = typeof input?.text === "string" ? input.text : "";
  return {
    extractorVersion: EXTRACTOR_VERSION,
    file: typeof input?.fileName === "string" ? input.fileName : null,
    language: "other",
    title: null,
    source: null,
    author: null,
    published: null,
    publishedHow: null,
    cleanedText: text,
    persons: [],
    organizations: [],
    locations: [],
    countries: [],
    events: [],
    topics: ["other"],
    keywords: [],
    summary: "",
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** How far after a body in someone's title its head printed again may make it act (a sentence or two). */
const ROLE_BODY_ACTS_WITHIN = 40;

function read(input: ExtractInput): Extraction {
  const raw = typeof input.text === "string" ? input.text : "";
  const cleaned = cleanArticle(raw);
  const cleanedText = cleaned.text;
  const language = detectLanguage(cleanedText);
  const doc = buildDoc(cleanedText.length > MAX_READ ? cleanedText.slice(0, MAX_READ) : cleanedText, language);
  const layout = readLayout(doc);
  // "US$62 million": the currency's symbol names no place; "on Dominica Drive": the street's name none.
  const places = findPlaceHits(doc.tokens, doc.text, layout.dateline?.first).filter((p) => !prefixesDollarSign(doc.tokens, p) && !opensStreetName(doc.tokens, p));
  const datelineCity = datelineCityHits(doc.tokens, doc.text, places);
  if (datelineCity.length) {
    for (let k = places.length - 1; k >= 0; k--) if (insideDatelineCity(places[k]!, datelineCity)) places.splice(k, 1);
    places.push(...datelineCity);
    places.sort((a, b) => a.start - b.start);
  }
  const placeAt: (PlaceHit | undefined)[] = new Array<PlaceHit | undefined>(doc.tokens.length);
  for (const p of places) for (let k = p.firstToken; k <= p.lastToken; k++) placeAt[k] = p;
  const ctx: Ctx = { doc, placeAt };
  // Read before the persons: an office may point back at a body named before ("رئيسها التنفيذي").
  ctx.organizations = readOrganizations(ctx);

  const titleEnd = layout.titleLine ? layout.titleLine.end : 0;
  const title = input.title !== undefined && input.title !== null ? input.title : readTitle(layout);
  const hint = input.publishedHint && ISO_DATE.test(input.publishedHint) ? input.publishedHint : null;
  const printed = readPublished(doc, layout);
  const published = printed?.date ?? hint;
  // `given`: the caller's date (page metadata, feed, submitter), used when the text prints none.
  const publishedHow = printed ? printed.how : hint ? ("given" as const) : null;
  const author = readAuthor(doc, layout);
  const source = readSource(doc, layout, ctx, cleaned.dropped, author);

  // Bylines, credits and trailing signature lines name the writer, not the story's people.
  // A short closing sentence ("وحضر اللقاء العقيد …") is the story's, not a signature.
  const closingSentence = (l: { text: string; words: number }) => l.words >= 4 && /^[وف]\S+/u.test(l.text.trim()) && /[.!؟]$/u.test(l.text.trim());
  const metaLines = [...layout.header.filter((l) => isBylineStart(l) || isCreditLine(l) || l.text.includes("/") || l.text.includes("|")), ...layout.trailer.filter((l) => !closingSentence(l))];
  // The writer's name wherever the byline printed it, also inside the dateline ("– من NAME –").
  const writerAt = authorSpans(doc, layout, author);
  const inMeta = (first: number) => metaLines.some((l) => first >= l.first && first < l.last) || writerAt.some((w) => first >= w.first && first <= w.last);

  const datelineEnd = layout.dateline ? doc.tokens[layout.dateline.last - 1]?.end ?? 0 : 0;
  const datelineStart = layout.dateline ? (doc.tokens[layout.dateline.first]?.start ?? 0) : 0;
  const destination = visitDestination(doc.tokens, placeAt);
  // An article that names no state at all is about the outlet's own ("وزير الثقافة" in a Cairo paper).
  // "سالم بن حمد الكندي": a tribe's nisba closing a lineage names a family, no state the article is written from.
  const statePlaces = places.filter((p) => !tribalNisbaAfterLineage(ctx, p.firstToken));
  // "روصو، 24 نوفمبر 2021 (ومأ) -" over the headline, "IQALUIT, Nunavut — The Canadian Press" under
  // it: a town opening a short line of its own above the body is the dateline, and names the state
  // the article is written from.
  const datelineAbove = layout.dateline ? undefined : [...layout.leading, ...layout.header].filter((l) => l.words <= 10).map((l) => placeAt[l.first]).find((p) => p?.iso2 && !p.viaDemonym && p.kind === "city");
  const home = datelineAbove?.iso2 ?? homeCountry(statePlaces.filter((p) => p.start >= titleEnd || datelineEnd > 0), datelineEnd, destination, datelineStart) ?? homeCountry(statePlaces, 0) ?? outletCountry(source);
  const { persons: allPersons, roleSpans, loneRoleSpans } = readPersons(ctx, home, titleEnd, outletCountry(source));
  const sites = findSites(ctx).filter((s) => !inMeta(s.first));
  const inSite = (first: number) => sites.some((s) => first >= s.first && first <= s.last);
  // "By JOSEPH MWANGI Associated Press" … "Associated Press writer X": a byline's name said again by
  // its last word alone in the body is still the writer, no person of the story.
  const bylineLines = layout.header.filter((l) => isBylineStart(l) || isCreditLine(l));
  const inByline = (first: number) => bylineLines.some((l) => first >= l.first && first < l.last);
  // A public figure named by one word ("وقال لافروف") has no span of two words, and is no byline.
  const bylineOnly = (p: { tokenSpans: { first: number; last: number }[] }) => {
    const spans = p.tokenSpans.filter((s) => s.last > s.first);
    return spans.length > 0 && spans.every((s) => inByline(s.first));
  };
  // "told High North News": the words of the outlet's name wherever the body prints it are no person's
  // name (a one-word source may be a common word, and is left to the other tests).
  const sourceInBody = source?.includes(" ") ? sourceNameSpans(doc.text, doc.lines, source) : [];
  const namesSource = (s: { first: number; last: number }) => insideSpans(sourceInBody, doc.tokens[s.first]!.start, doc.tokens[s.last]!.end);
  const persons = allPersons.filter((p) => !p.tokenSpans.every((s) => inMeta(s.first) || inSite(s.first) || namesSource(s)) && !bylineOnly(p));
  // The learned tagger adds the names the rules have no anchor for (src/ner/extend.ts).
  const tagged = input.tagger === false ? [] : taggedSpans(ctx);
  const allPlace = (f: number, l: number) => tokenRange(f, l).every((k) => placeAt[k] && !placeAt[k].viaDemonym);
  // A name does not open with a state's name ("وكينيا توقعان" read from inside the word).
  const opensWithState = (f: number) => placeAt[f]?.kind === "country" && !placeAt[f].viaDemonym;
  // A single word the organization lists name ("وقالت بايكار") is that body, not a person.
  const described = findDescribedBodies(ctx);
  const appositive = findAppositiveBodies(ctx);
  // "Latvia's parliament, the Saeima,": the description gives way to the name beside it.
  const describedBy = (o: { first: number; last: number }) => appositive.some((a) => a.first === o.last + 3 && doc.tokens[o.last + 1]?.text === ",");
  // "قاعدة إيتاغواي البحرية": a body's word after the name of a base or an airport qualifies that place.
  const inSiteName = (o: { first: number }) => sites.some((s) => s.placeOnly && o.first > s.first + 1 && o.first <= s.last);
  // "the Government Building", "the X Municipal Assembly hall": a named venue is the place, no body.
  const isVenue = (o: { first: number; last: number }) => sites.some((s) => s.venue && s.first <= o.first && o.last <= s.last);
  const ruleOrgs = ctx.organizations.mentions.filter((o) => !describedBy(o) && !inSiteName(o) && !isVenue(o) && !appositive.some((a) => a.first <= o.last && o.first <= a.last));
  // "The 11th Infantry Division": a unit named by its number is read whole, not from its arm's word on.
  const units = findNumberedUnits(ctx);
  const overlaps = (x: { first: number; last: number }, y: { first: number; last: number }) => x.first <= y.last && y.first <= x.last;
  const bodies = [...ruleOrgs.filter((o) => !described.some((d) => overlaps(d, o)) && !units.some((u) => overlaps(u, o))), ...described, ...appositive.filter((a) => !described.some((d) => overlaps(d, a))), ...units.filter((u) => !described.some((d) => overlaps(d, u)))];
  // "the ruling X party": a party's name before the lower-case word, when no other rule read it.
  const parties = findNamesBeforeParty(ctx).filter((p) => !bodies.some((o) => o.first <= p.last && p.first <= o.last));
  // "Codelco shares", "Minera Altiplano's chief executive": a bare company name beside what a company owns.
  const businesses = findBusinessSubjects(ctx).filter((c) => ![...bodies, ...parties].some((o) => overlaps(o, c)));
  // "بأن مركز تنسيق عمليات الإنقاذ تلقى …": a centre named by its work that acts in the story.
  const centres = findWorkNamedCentres(ctx).filter((c) => !bodies.some((o) => o.first <= c.last && c.first <= o.last));
  // "للخطوط الجوية الصومالية": a state's airline, named by no head of the lists.
  const carriers = findNationalCarriers(ctx).filter((c) => ![...bodies, ...centres].some((o) => o.first <= c.last && c.first <= o.last));
  // "مستشفى X العام", "غرفة تجارة وصناعة X", "متحف X": hospitals, chambers of commerce and museums,
  // named by no head of the lists (src/organizations/hospitals.ts, chambers.ts, museums.ts).
  const namedByKind = [...findHospitals(ctx), ...findChambers(ctx), ...findMuseums(ctx)].filter((h) => ![...bodies, ...centres, ...carriers].some((o) => o.first <= h.last && h.first <= o.last));
  // '"X للإنشاءات البحرية"': a quoted firm's name that says its trade (src/organizations/trade-named-firms.ts).
  // "the joint border commission": two states' commission printed in lower case (src/organizations/lower-case-joint-bodies.ts).
  const jointBodies = findLowerCaseJointBodies(ctx).filter((j) => ![...bodies, ...namedByKind].some((o) => overlaps(o, j)));
  const otherOrgs = [...bodies, ...parties, ...businesses, ...centres, ...carriers, ...namedByKind, ...jointBodies];
  const firms = findTradeNamedFirms(ctx).filter((f) => !otherOrgs.some((o) => o.first <= f.last && f.first <= o.last));
  // A firm's own name says its trade as a description would ("X للإنشاءات"): it is kept.
  const firmNames = new Set(firms.map((f) => matchKey(f.surface)));
  const foundOrgs = [...otherOrgs, ...firms].map((o) => quotedOwnName(doc.tokens, doc.text, o)).sort((a, b) => a.first - b.first);
  const describedState = new Map(described.map((d) => [d.first, d.iso]));
  // 'شركة "ديلتا مارين"': the words quoted after a head are the body's name, not a person's.
  const quotedInOrg = (s: { first: number; last: number }) => OPENING_QUOTES.has(doc.tokens[s.first - 1]?.text ?? "") && foundOrgs.some((o) => o.first < s.first && s.last < o.last);
  const orgWord = (s: { first: number; last: number }) => (s.first === s.last && foundOrgs.some((o) => o.first <= s.first && s.first <= o.last)) || quotedInOrg(s);
  // "قرى X وY": the names listed after a dual or plural town head are places, no persons.
  const pluralListed = new Set(findPluralHeadPlaces(ctx).map((p) => p.first));
  const taggedPersons = addTaggedPersons(ctx, persons, tagged, home, (s) => inMeta(s.first) || namesSource(s) || inSite(s.first) || allPlace(s.first, s.last) || opensWithState(s.first) || orgWord(s) || afterTownHead(doc.tokens, s.first) || pluralListed.has(s.first), NER_MIN_CONFIDENCE.person);
  foldTaggedPersons(persons, taggedPersons);

  // Organizations.
  const personTokens = new Set<number>();
  for (const p of persons) for (const s of p.tokenSpans) for (let k = s.first; k <= s.last; k++) personTokens.add(k);
  // Organizations inside a role (attached to a name or standing alone) are part of a title.
  const allRoles = [...roleSpans, ...loneRoleSpans];
  // In English the body someone works "at" is named in full after the office ("a security analyst
  // at the University of …"): an organization of the story, not a part of a title.
  // So is the party a lawmaker sits for ("النائب عن حزب X").
  const bodyOfOffice = (first: number) => {
    // So is the body an office is held in, after في ("نائبة رئيس دائرة الحدود في لجنة الأمن القومي"),
    // but not the force a branch is part of ("قائد القوة البحرية في الجيش X": branch-in-parent-force.ts)
    // nor the ministry an official's office sits in ("مدير إدارة X في وزارة الخارجية": ministry-of-office.ts).
    // So is the office of a body a diplomat is accredited to ("لدى مكتب الأمم المتحدة بجنيف"), though not the
    // body itself ("لدى الأمم المتحدة", part of his title).
    if (doc.tokens[first]!.arabic) return (doc.tokens[first - 1]?.key === "عن" && !!doc.tokens[first - 2] && isSeatHead(doc.tokens[first - 2]!)) || (doc.tokens[first - 1]?.key === "في" && !branchInParentForce(doc.tokens, first) && !isMinistryOfOffice(doc.tokens, first)) || accreditedBodyEnd(ctx, first - 2) >= 0;
    let b = first - 1;
    // "an analyst at the Kyiv-based Centre for …": where the body sits stands before its name.
    if (doc.tokens[b]?.key === "based" && doc.tokens[b - 1]?.text === "-") b -= 3;
    if (doc.tokens[b]?.key === "the") b--;
    return doc.tokens[b]?.key === "at";
  };
  // "The African Union's special envoy …": the body owning an office by its possessive is one of the story too.
  const ownsOffice = (last: number) => !doc.tokens[last]!.arabic && ["'", "’"].includes(doc.tokens[last + 1]?.text ?? "") && doc.tokens[last + 2]?.key === "s";
  // An office no one named holds names its body for itself (src/organizations/unheld-office.ts).
  const heldRole = (r: { first: number; last: number }, first: number, last: number) => !loneRoleSpans.includes(r) || !namedInUnheldOffice(ctx, { first, last }, r, personTokens, titleEnd);
  const inRole = (first: number, last: number) => !bodyOfOffice(first) && !ownsOffice(last) && !followsPluralTitle(doc.tokens, first) && allRoles.some((r) => first >= r.first && last <= r.last && heldRole(r, first, last));
  // The state a national body belongs to when its name does not say: the last state named before
  // it in the same sentence.
  const nearestCountryBefore = (at: number): string | null => {
    const sentence = doc.sentences.find((s) => at >= s.first && at < s.last);
    if (!sentence) return null;
    for (let k = at - 1; k >= sentence.first; k--) {
      const p = placeAt[k];
      if (p?.iso2 && p.kind === "country" && !roleSpans.some((r) => k >= r.first && k <= r.last)) return p.iso2;
    }
    return null;
  };
  // "Inspector-General of Police X Y told": an English capitalized run from a body's head word straight
  // into a person's name is the office's field and the name, no body; one that quotes the name is
  // named after him ('the Military Academy "General X Y"'), and a name after "of" inside the body
  // is the tagger's misreading of the body's own words ("Economic Community of West African States").
  const runsIntoPerson = (o: { first: number; last: number }) =>
    !doc.tokens[o.first]!.arabic &&
    tokenRange(o.first + 1, o.last).some((k) => personTokens.has(k) && !personTokens.has(k - 1) && isOrgHeadAt(ctx, k - 1)) &&
    !tokenRange(o.first, o.last).some((k) => OPENING_QUOTES.has(doc.tokens[k]!.text));
  // "X's army, the X People's Defence Forces": a description before the body's own name (description-before-name.ts);
  // "X's police maritime wing": a body qualifying one of its parts (part-of-body.ts).
  const bodyStartsAt = (k: number) => foundOrgs.some((b) => b.first === k);
  const orgMentions = foundOrgs.filter((o) => !personTokens.has(o.first) && !inMeta(o.first) && !namesExercise(doc.tokens, o.first, o.last) && !runsIntoPerson(o) && !chairedByName(ctx, o.first, o.last) && !describesBodyNamedAfter(doc.tokens, o.last, bodyStartsAt) && !qualifiesPartAfter(doc.tokens, o.last));
  // "…, commander of the UAE Navy,", "director general of the Emirates Defence Procurement
  // Authority": a title written in lower case describes the man and names the body he heads for
  // itself; a capitalized title ("Commander of the US Central Command") is one office.
  const bodyOfTitle = (o: { first: number; last: number }) => {
    const t = doc.tokens[o.first]!;
    let at = o.first - (doc.tokens[o.first - 1]?.key === "the" ? 2 : 1);
    // "head of Turkey's Coast Guard Command": the state's possessive stands between "of" and the body.
    if (doc.tokens[at]?.key === "s" && ["'", "’"].includes(doc.tokens[at - 1]?.text ?? "") && placeAt[at - 2]?.kind === "country") at = placeAt[at - 2]!.firstToken - 1;
    const title = doc.tokens[upperOfBodyBefore(doc.tokens, at) - 1];
    // "the head of the Maltese navy": a body in lower case after the title is described, not named.
    // "the commander of the X Command, Gen. Y": a title before the name is his role, the body in it (title-before-name.ts).
    return !t.arabic && t.capital && doc.tokens[o.last]!.capital && o.last > o.first && ["of", "at"].includes(doc.tokens[at]?.key ?? "") && !!title && title.kind === "word" && !title.capital && !namesSubunit(doc.tokens, o.first, o.last) && !bodyInTitleBeforeName(doc.tokens, o.last, (k) => personTokens.has(k));
  };
  // "… أن المنظمة ستتكفل": an international body of its representative's title printed again by its
  // head as a reported subject acts (a national service said again so is mostly the whole service).
  const actsForItself = (o: { first: number; surface: string }) => isInternational(o.surface) && actsAfterRole(doc.tokens, o.first, ROLE_BODY_ACTS_WITHIN);
  // "رئيس هيئة X … وأن الهيئة دربت": a civil body of a title said again by its head outside any title (role-body-acting.ts).
  const inTitleOrName = (k: number) => personTokens.has(k) || allRoles.some((r) => k >= r.first && k <= r.last);
  const namedAgainForItself = (o: { first: number; last: number; surface: string }) => saidAgainOutsideTitles(doc.tokens, o, orgMentions, inTitleOrName);
  // A museum that signs an agreement is a party to it, even where only its director's title names it (museums.ts).
  // "بمبنى وزارة الدفاع": a body printed as its building's name is where something happened
  // (src/organizations/building-names.ts), and so is a ministry printed as its minister's seat in
  // the sentence naming him (minister-seats.ts); "كأس العالم FIFA" names a tournament (competition-names.ts).
  const outsideRole = new Set(orgMentions.filter((o) => !namedAsEnglishBuilding(doc.tokens, o.last) && ((!inRole(o.first, o.last) && !o.inTitle && !namedInClauseOffice(doc.tokens, allRoles, o.first) && !namedAsBuilding(ctx, o.first) && !isMinistersSeat(ctx, o, persons, home) && !withinCompetitionName(doc.tokens, o.first, o.last)) || bodyOfTitle(o) || firmOfOffice(doc.tokens, o.first, o.last) || isNationalTeam(ctx, o.first, o.last) || actsForItself(o) || (inRole(o.first, o.last) && namedAgainForItself(o)) || !!o.signs)).map((o) => matchKey(o.surface)));
  const sourceKey = source ? matchKey(source) : null;
  const sourceOutlet = source ? knownOutlet(source) : undefined;
  const orgs = new Map<string, { name: string; country: string | null; mentions: { start: number; end: number; surface: string }[] }>();
  for (const o of orgMentions) {
    const key = matchKey(o.surface);
    if (!outsideRole.has(key)) continue;
    if (sourceKey && (key === sourceKey || sourceKey.includes(key))) continue;
    // "بترا - وكالة الأنباء الأردنية": the source under another of its listed names is the source too.
    if (sourceOutlet && knownOutlet(o.surface) === sourceOutlet) continue;
    // An outlet cited for the story is its source; one that acts in it is an organization.
    if (isOutlet(o.surface) && (isCitedAt(ctx, o.first, o.last) || (sourceKey && matchKey(o.surface).includes(sourceKey)))) continue;
    let e = orgs.get(key);
    if (!e) {
      const listed = listedBodyState(o.surface);
      let country: string | null = describedState.get(o.first) ?? stateDescribedAfter(ctx, o.last) ?? listed ?? null;
      // A UN body, an international body's mission, or a group listed as working across states, serves none.
      const unBody = isUnitedNationsBody(o.surface) || isListedInternational(o.surface) || listed === null || isInternationalMission(o.surface) || (!!o.servesUnder && isInternational(o.servesUnder)) || namedByTwoStates(ctx, o.first, o.last) || jointBodies.some((j) => j.first === o.first);
      for (let k = o.first; k <= o.last && !country && !unBody; k++) country = placeAt[k]?.iso2 ?? null;
      if (!country && !unBody && !isInternational(o.surface)) country = nearestCountryBefore(o.first) ?? home;
      e = { name: o.surface, country, mentions: [] };
      orgs.set(key, e);
    }
    e.mentions.push({ start: o.start, end: o.end, surface: o.surface });
  }
  const orgList = mergePrefixNames(orgs);
  const orgTaken = (f: number, l: number) => orgMentions.some((o) => o.first <= l && f <= o.last) || allRoles.some((r) => r.first <= l && f <= r.last);
  // The agency signing the report ("عمان (بترا) -") is its source, never a place or body of the story.
  const creditToken = (k: number) => (!!sourceKey && doc.tokens[k]!.key === sourceKey) || knownOutlet(doc.tokens[k]!.text)?.kind === "agency";
  // A body named after a city ("برشلونة", "ريال مدريد" as clubs) is the tagger's to tell from the
  // place: a tagged organization may be a city's name, never a state's alone, and never a city
  // the story travels to ("وصل الوفد إلى برشلونة").
  // Nor the city opening the dateline ("بيشكيك (كابار) -"): that is where the report was filed.
  // And only in a story of sport (src/sport-story.ts).
  const dateline = findDateline(doc, layout, (k) => !!placeAt[k]);
  const sportStory = isSportStory(doc.tokens);
  const cityName = (f: number, l: number) =>
    sportStory && tokenRange(f, l).every((k) => placeAt[k]?.kind === "city" && !placeAt[k].viaDemonym) && !isTravelDestination(doc.tokens, f) && f !== dateline?.first;
  const spanTaken = (f: number, l: number, cityOk = false) =>
    inMeta(f) || (allPlace(f, l) && !(cityOk && cityName(f, l))) || orgTaken(f, l) || tokenRange(f, l).some((k) => personTokens.has(k) || creditToken(k));
  const stateOfOrg = (x: { first: number; last: number }, name: string): string | null => {
    const listed = listedBodyState(name);
    if (listed !== undefined) return listed;
    if (isUnitedNationsBody(name) || namedByTwoStates(ctx, x.first, x.last)) return null;
    return tokenRange(x.first, x.last).map((k) => placeAt[k]?.iso2).find(Boolean) ?? (isInternational(name) ? null : (nearestCountryBefore(x.first) ?? home));
  };
  // Inside a site's name after its head ("مطار حمد الدولي") a tagged body is part of the place's name;
  // one that is the whole name ("مسرح …" as an institution) stays, unless the site's noun names
  // places only ("قاعدة عنتيبي").
  const withinSite = (first: number) => sites.some((s) => (first > s.first && first <= s.last) || (first === s.first && !!s.placeOnly));
  // "سواحل وهران", "للسنة الجارية": where or when something happens, read as a body.
  // And the name of an exercise or a show (src/organizations/exercise-names.ts).
  // "نائب الأدميرال X": a rank the tagger read as a body names none; nor does a ship's name in
  // quotes, said with the ship's noun or without it (persons/vessel-office.ts).
  // "في مدرسة X": a name the tagger cut from after the noun of a site or a body it names is a piece of that longer name.
  const rankOnly = (x: { first: number; last: number }) => (rankAt(ctx, x.first)?.last ?? -1) >= x.last;
  const notBody = (x: { first: number; last: number }) => isPlacePhrase(ctx, x.first, x.last) || isPlaceNounPlaced(ctx, x.first, x.last) || isPlaceWithItsNationality(ctx, x.first, x.last) || rankOnly(x) || (x.first === x.last && (isPlaceNounAfterPreposition(doc.tokens[x.first]!) || isPlaceNounOfStory(doc.tokens, x.first))) || namesExercise(doc.tokens, x.first, x.last) || isVesselName(ctx, x.first) || namesToldVessel(ctx, x.first, x.last) || opensWithVesselPrefix(doc.tokens, x.first) || isEponym(ctx, x.first) || endsOnOwningStates(doc.tokens, x.last) || opensWithTimeNoun(ctx, x.first) || opensWithShowNoun(ctx, x.first) || withinShowTitle(ctx, x.first) || opensWithAdjectiveOfNounBefore(ctx, x.first) || chairedByName(ctx, x.first, x.last) || qualifiesNounAfter(doc.tokens, x.first, x.last) || (cityName(x.first, x.last) && afterSeatWord(ctx, x.first));
  // "غوانغجو (كوريا الجنوبية) – وكالات": the header line's words before the credit are the places filed from.
  const filedFromLines = layout.header.filter((l) => outletAfterPlaces(l.text, isPlaceName) !== null);
  const filedFrom = (first: number) => filedFromLines.some((l) => first >= l.first && first < l.last);
  const taggedOrgs = taggedOrganizations(ctx, tagged, (x) => spanTaken(x.first, x.last, true) || withinSite(x.first) || notBody(x) || filedFrom(x.first) || namesPersonAgain(doc.text.slice(doc.tokens[x.first]!.start, doc.tokens[x.last]!.end), persons), stateOfOrg, NER_MIN_CONFIDENCE.organization);
  const inTaggedOrg = (f: number, l: number) => taggedOrgs.some((o) => o.mentions.some((m) => m.start < doc.tokens[l]!.end && doc.tokens[f]!.start < m.end));
  // "Army Boosts Border Patrols After Deadly Raid": a body read only from a title-case headline.
  const titleCased = isTitleCaseHeadline(doc.tokens, layout.titleLine);
  const onlyInTitleCaseHeadline = (o: { name: string; mentions: { start: number }[] }) =>
    titleCased && !!layout.titleLine && o.mentions.every((m) => m.start < titleEnd) && !printedAfterHeadline(doc.text, layout.titleLine, o.name);
  // Outlets stay with the rules, which tell the one cited for the story from one acting in it.
  orgList.push(...taggedOrgs.filter((o) => !isOutlet(o.name) && !(sourceKey && (sourceKey.includes(matchKey(o.name)) || matchKey(o.name).includes(sourceKey)))));
  orgList.splice(0, orgList.length, ...mergeNamesOfOneBody(doc.text, orgList.filter((o) => !(isIndefiniteDescription(o.name) && !firmNames.has(matchKey(o.name))) && !isTrafficPhrase(o.name) && !onlyInTitleCaseHeadline(o) && !namesBase(o.name))));

  // Locations.
  // A place inside a fixed name ("منظمة شنغهاي للتعاون") names the body, not a place in the story.
  // A body's name that names a base ("RAAF Base Darwin") is the site, dropped from the bodies above.
  const fixedOrgs = orgMentions.filter((o) => o.fixed && !namesBase(doc.text.slice(doc.tokens[o.first]!.start, doc.tokens[o.last]!.end)));
  const inFixedOrg = (k: number) => fixedOrgs.some((o) => k >= o.first && k <= o.last);
  // So is one inside a name the tagger read as an organization's ("مانشستر يونايتد").
  // And one inside the outlet's name on a byline or credit line ("By NAME, The Harbour Herald").
  const sourceSpans = sourceNameSpans(doc.text, metaLines, source);
  const inSourceName = (f: number, l: number) => insideSpans(sourceSpans, doc.tokens[f]!.start, doc.tokens[l]!.end);
  // "POSADAS, Argentina" above a story of "Luis Posadas": a bare family name where a town stands is the town.
  const fullNameTokens = new Set(persons.flatMap((p) => p.tokenSpans.filter((s) => s.last > s.first).flatMap((s) => tokenRange(s.first, s.last))));
  // "Telmouth Harbour" beside "Colonel Marvin Telmouth": an English name closed by the capitalized noun
  // of a place-only site (Harbour, Port, Airport) is that site, though its first word is a person's.
  const namesEnglishSite = (first: number, last: number) => last > first && !personTokens.has(last) && !doc.tokens[first]!.arabic && sites.some((s) => s.placeOnly && s.first === first && s.last === last);
  const personAt = (first: number, last: number) => personTokens.has(first) && !(first === last && isTownNamedLikePerson(doc.tokens, first, !fullNameTokens.has(first))) && !namesEnglishSite(first, last);
  // "… Tendai Moyo … Moyo said": a person's later name word where a person stands is no town.
  const nameWordsSaidAgain = laterNameWords(doc.tokens, persons.flatMap((p) => p.tokenSpans));
  // "Korvel University": an English place opening a body's name names the body.
  const bodyNames = orgList.flatMap((o) => o.mentions);
  const locations = readLocations(ctx, places, sites, home, (first, last) => personAt(first, last) || inFixedOrg(first) || inTaggedOrg(first, last) || inSourceName(first, last) || withinExerciseName(doc.tokens, first) || inNewsAgencyName(doc.tokens, first, last) || isPersonNameSaidAgain(ctx, nameWordsSaidAgain, first, last) || opensEnglishBodyName(doc.tokens, bodyNames, first, last), titleEnd);

  // Places only the tagger knows.
  // "لبحيرة X": a word of a place the rules read with its head ("بحيرة X") is no second place.
  const inReadPlace = new Set(locations.flatMap((x) => x.spans.flatMap((s) => tokenRange(s.first, s.last))));
  const placeTaken = (f: number, l: number) => spanTaken(f, l) || inSite(f) || tokenRange(f, l).some((k) => placeAt[k] || inReadPlace.has(k)) || inTaggedOrg(f, l);
  // A name the rules already list (a town after "مدينة") is not listed twice.
  const listed = new Set(locations.map((l) => matchKey(l.name)));
  const taggedOnly = taggedPlaces(ctx, tagged, (x) => placeTaken(x.first, x.last) || isBarePluralHead(doc.tokens, x.first, x.last), NER_MIN_CONFIDENCE.place).filter((l) => !listed.has(matchKey(l.name)));

  // Events: a place only the tagger knows places an event whose sentence names no other.
  const headsEnd = headingsEnd(doc, layout, titleEnd);
  const detected = detectEvents(ctx, persons, { known: locations, tagged: taggedOnly }, published, headsEnd, roleSpans, home, dateline);
  locations.push(...taggedOnly);
  const merged = mergeEvents(detected, doc.language === "en");
  placeEvents(merged);
  placeStateVisitsAtSite(merged, locations);
  placeByOccasionTiedTo(doc, merged);
  const events = foldAgreedIntoMeeting(foldMeetingIntoAgreement(foldDuringVisit(merged)));
  placeByDateline(events, datelineLocation(locations, dateline));
  placeInFiledCity(events, datelineLocation(locations, dateline));
  placeByVenueToldLater(doc, events, locations);
  placeAgreementAtTalks(events);
  // A visit's own day goes to its first talks before any visit borrows a day from its meeting.
  dateMeetingsByVisit(events);
  dateByOccasion(events);
  dateBySameParties(doc, events);
  dateBySameDayWords(doc, events);
  // "X was received with military honours by Y. The two ministers then held talks": the talks are
  // dated by "then" only now, and lend that day to the welcome of the same people.
  dateBySameParties(doc, events);
  dateByGatheringJustBefore(doc, events);
  dateByOccasionTiedTo(doc, events);
  dateBySentenceBefore(doc, events, persons, published);
  dateByStoryGoingOn(doc, events);
  // A visit, a meeting, a reception or a conference without anyone named is no reportable event,
  // unless the parties meeting are named otherwise ("بحث وفدا البلدين", "delegations met").
  // An arrival told only as how someone came for the occasion makes no visit.
  const kept = events.filter((e) => (e.participants.length || e.collective || e.type === "other" || e.type === "agreement" || e.type === "statement") && !e.arrivalOnly);
  events.length = 0;
  events.push(...kept);
  // Teams play a match: the officials told of it took no part in it.
  clearTeamMatchParticipants(doc, events);
  // A body casts its vote: the lawmakers, ministers and envoys told at it are no parties to it.
  dropVoteAttendees(events, persons);
  events.push(...spokenStatements(doc, persons, locations, new Set(kept.flatMap((e) => e.participants)), published, dateline, headsEnd));
  if (!events.length) {
    const statement = statementEvent(doc) ?? announcedStatement(doc, persons, published, dateline, headsEnd);
    if (statement) events.push(statement);
  }
  // The visitors are the guests: people of the host state are not part of their visit.
  for (const e of events) {
    // Not the host who received them where they went ("حيث استقبله قائد المنطقة"): he guided the visit.
    if (e.type !== "visit" || !e.location?.country || e.hostWhereWent) continue;
    const guests = e.participants.filter((i) => persons[i]?.country !== e.location!.country);
    if (guests.length) e.participants = guests;
  }
  // The last words of the names of the story's persons ("Moyo" for "Tendai Moyo").
  const familyNames = new Set(persons.flatMap((p) => p.tokenSpans.filter((sp) => sp.last > sp.first).map((sp) => doc.tokens[sp.last]!.key)));
  // "Marlon Castries … Castries said": a place's word inside a person's name, or his family name
  // said again alone, names no state the story is about.
  const inPersonName = (p: PlaceHit) => personTokens.has(p.firstToken) || (p.firstToken === p.lastToken && familyNames.has(doc.tokens[p.firstToken]!.key));
  // (A nationality read inside a name is more often a name misread than a state left out.)
  const storyPlaces = places.filter((p) => p.viaDemonym || !inPersonName(p));
  const baseCountries = aboutCountries(storyPlaces, persons, titleEnd, []);
  dropStateVenueOfVote(events);
  const inPassing = new Set<string>();
  const sentenceOccasion = new Map<number, string[]>();
  const lastUnnamed = new Map<string, string[]>();
  const servedStates = baseCountries.filter((iso) => persons.some((p) => p.country === iso));
  const senderStates = servedStates.length ? servedStates : baseCountries;
  const outEvents = events.map((e) => {
    const countries: string[] = [];
    for (const i of e.participants) {
      const c = persons[i]?.country;
      if (c && !countries.includes(c)) countries.push(c);
    }
    if (!e.participants.length) {
      // No one named: the states the sentence names (or calls by demonym) that the article is about.
      // An earlier happening told in a clause ("بعد أسبوعين من اصطدام سفينة صينية بزورق فلبيني"):
      // the states its own clause names are its parties, whether or not the article is about them
      // (a backdrop the article is not about for that: `inPassing`).
      const said = e.type === "other" && e.location ? saidClauseOfHappening(doc.tokens, e.start, e.end, e.location.mentions) : null;
      const from = e.clauseStart ?? said ?? e.start;
      // The clause stops naming parties where it says where those in it were bound ("، كان يقل
      // مهاجرين انطلقوا باتجاه …"): that state took no part in the happening.
      // So does the sentence of a happening with nobody named ("اعتراض قارب … كان يحاول العبور نحو …").
      // A team match's parties are both teams' states, up to the clause of another match told beside it.
      const matchEnd = teamMatchClauseEnd(doc, e);
      const to = Math.min(clauseEnd(doc.text, from, e.end, e.clauseStart !== undefined), matchEnd ?? e.end);
      for (const p of places) {
        if (p.start < from || p.end > to || !p.iso2 || countries.includes(p.iso2)) continue;
        // "Moyo said …": a place's word inside a person's name, or a person's family name said
        // again alone, names no state of the happening.
        if (inPersonName(p)) continue;
        // "سفينة شحن ترفع علم بنما": the state the ship is registered in took no part.
        if (printedAsFlag(doc.text, p.start, p.end)) continue;
        if (partnerAcrossBorder(doc.text, p.start, e.otherKinds)) continue;
        if (namedAsOrigin(doc.tokens, p, e.otherKinds)) continue;
        if (partnerOfVotedAccord(doc.tokens, p, e.otherKinds)) continue;
        if (baseCountries.includes(p.iso2)) countries.push(p.iso2);
        else if (e.clauseStart !== undefined || matchEnd !== null) {
          countries.push(p.iso2);
          inPassing.add(p.iso2);
        }
      }
      // "وقع البلدان اتفاقا": the parties are the article's first states, as many as the group counts.
      const group = groupOfStates(doc.text.slice(from, e.end));
      if (group !== null && baseCountries.length >= group) for (const iso of baseCountries.slice(0, group)) if (!countries.includes(iso)) countries.push(iso);
      // "السفينة شاركت في تمرين …": the state of the warship told before (events/vessel-state.ts).
      const ship = countries.length ? null : stateOfToldWarship(doc.tokens, places, from, to);
      if (ship) countries.push(ship);
    }
    // "افتتح الوزير المؤتمر بمشاركة وزراء من X وY": the states that took part (events/participating-states.ts).
    if (e.type !== "statement" && e.clauseStart === undefined) for (const iso of statesTakingPart(doc.tokens, places, e.start, e.end)) if (!countries.includes(iso)) countries.push(iso);
    // "التقت بالوحدات التي شاركت أمس في إنقاذ طاقم …": an earlier happening whose clause names
    // no state of its own is one of the states of the occasion its sentence tells.
    const occasion = e.clauseStart !== undefined && !countries.length ? sentenceOccasion.get(e.unit) : undefined;
    if (occasion) countries.push(...occasion);
    // "وصل الفريق الطبي إلى مطار X": goods or a team whose sentence names no state of its own come
    // from the states the article is about to the one where they land; so does an aircraft that
    // landed there ("وكانت طائرتان تابعتان للمركز قد هبطتا في مطار X").
    const lc = e.location?.country;
    // Those states are the ones the story's persons serve, when any does: a state only named in
    // passing ("across the Mexican border") sent nothing. With no place of a state printed either
    // ("arrived at the depot"), neither end is told: the story's first state.
    if ((e.delivery || e.otherKinds?.includes("landing")) && !e.participants.length && countries.every((c) => c === lc)) for (const iso of lc ? senderStates : baseCountries.slice(0, 1)) if (!countries.includes(iso)) countries.push(iso);
    if (lc && venueStateIsParty(countries, lc, e.type) && !countries.includes(lc)) countries.push(lc);
    // "The car carrier X had docked on Sunday": the ship's state and the host's, the port's state or,
    // with no port printed, the story's first state other than the ship's.
    const host = lc ?? baseCountries.find((iso) => !countries.includes(iso));
    if (e.otherKinds?.includes("docking") && !e.participants.length && host && !countries.includes(host)) countries.push(host);
    if (e.clauseStart === undefined && countries.length && !sentenceOccasion.has(e.unit)) sentenceOccasion.set(e.unit, [...countries]);
    // "وكان خفر السواحل قد أحبط … محاولة مماثلة": a happening with nobody named whose sentence names
    // no state is of the states of the last one of its type told before it with nobody named.
    if (!e.participants.length && !countries.length && lastUnnamed.has(e.type)) countries.push(...lastUnnamed.get(e.type)!);
    if (!e.participants.length && countries.length) lastUnnamed.set(e.type, [...countries]);
    const evidence = doc.text.slice(e.start, e.end);
    return {
      type: e.type,
      participants: e.participants.map((i) => persons[i]!.name),
      countries: countries.length ? countries : [...baseCountries],
      location: e.location ? eventPlaceName(ctx, e.location, e.start, e.end) : null,
      date: e.date,
      summary: evidence.length > 240 ? evidence.slice(0, 237).trimEnd() + "…" : evidence,
      evidence: { text: evidence, start: e.start, end: e.end },
    };
  });
  const locationAliasLists = aliasesOfAll(ctx, locations);
  const countries = aboutCountries(storyPlaces, persons, titleEnd, outEvents.flatMap((e) => e.countries.filter((c) => !inPassing.has(c))), storyShape(doc.lines, headsEnd));

  // What the topics read of an event beyond its output: told as earlier news, or a drill.
  const topicEvents = outEvents.map((e, i) => {
    const people = events[i]!.participants.map((k) => persons[k]!);
    return { ...e, earlier: toldAsEarlier(events[i]!), drill: !!events[i]!.otherKinds?.includes("exercise"), armedOfficials: forcesTogether(people) };
  });
  return {
    extractorVersion: EXTRACTOR_VERSION,
    file: input.fileName ?? null,
    language,
    title,
    source,
    author,
    published,
    publishedHow,
    cleanedText,
    persons: persons.map((p) => ({ name: p.name, aliases: p.aliases, rank: p.rank, role: p.role, country: p.country, mentions: asPrinted(doc.text, p.mentions) })),
    organizations: orgList.map((o) => ({ ...o, mentions: asPrinted(doc.text, o.mentions) })),
    locations: locations.map((l, i) => ({ name: l.name, aliases: locationAliasLists[i]!, kind: l.kind, country: l.country, lat: l.lat, lon: l.lon, mentions: asPrinted(doc.text, l.mentions) })),
    countries,
    events: outEvents,
    topics: readTopics(doc, topicEvents, layout.titleLine) as Extraction["topics"],
    keywords: readKeywords(doc),
    summary: readSummary(doc, layout.body?.start ?? 0),
  };
}

const SENTENCE_END = /[.!?؟]["”»)]?$/u;

/**
 * Where the headings end. Subheadings between the headline and the body retell the event as the
 * headline does; the event's own sentence is in the body. A long subheading passes for a body
 * line by its length, but it lacks the full stop that closes the body's sentences: lines right
 * after the headline with no full stop, followed by a line with one, are headings too.
 */
function headingsEnd(doc: Doc, layout: Layout, titleEnd: number): number {
  let end = Math.max(titleEnd, layout.body?.start ?? 0);
  const lines = doc.lines.filter((l) => l.start >= end);
  for (let k = 0, seen = 0; seen < 2 && k + 2 < lines.length; k++) {
    const line = lines[k]!;
    if (!line.text.trim()) continue;
    seen++;
    // A heading stands apart (a blank line after it); a paragraph wrapped over lines does not.
    const next = lines.slice(k + 1).find((l) => l.text.trim());
    if (SENTENCE_END.test(line.text.trim()) || lines[k + 1]!.text.trim() || !next || !SENTENCE_END.test(next.text.trim())) break;
    end = line.end;
  }
  return end;
}

/**
 * A mention's surface is what the text prints at its offsets. Names restore what a proclitic
 * swallowed (للعراق → العراق) but the offsets can only cover the printed letters (لعراق), so the
 * mention says those.
 */
function asPrinted(text: string, mentions: { start: number; end: number; surface: string }[]): { start: number; end: number; surface: string }[] {
  return mentions.map((m) => ({ start: m.start, end: m.end, surface: text.slice(m.start, m.end) }));
}
