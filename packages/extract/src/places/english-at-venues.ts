import placeRules from "../rules/places.json";
import eventRules from "../rules/events.json";
import orgRules from "../rules/organizations.json";
import type { SiteMention } from "./locations";
import type { Token } from "../text/tokens";
import { speechKeys } from "../persons/vocabulary";
import { ROMANCE_OF } from "../text/romance-particles";
import { isPossessiveS, ordinalSuffixAfter } from "../text/english-marks";

/*
 * "met X at the Presidential Secretariat", "called on him at the Defence Ministry", "met in the
 * Ketu South Municipal Assembly hall", "received them at the Palácio da Conceição", "at the
 * headquarters of the Eastern Command": a building named in capitals where the text places an
 * occasion (after "at" or "in the") is a site of the story and the event's venue. Its name ends in
 * a capitalized noun of a building (Secretariat, Clinic) or a lower-case one right after the
 * capitals (hall, wharf), or opens with a Romance palace's noun (Palácio da …). The office or
 * clinic so named is the venue, no body; a body's headquarters keeps the body. An officer's room
 * named by his office in the possessive ("at the X County Commissioner's office") is one too. Words:
 * `englishVenueNouns` in rules/places.json.
 */

const lower = (ws: readonly string[]) => new Set(ws.map((w) => w.toLowerCase()));
const CLOSING = lower(placeRules.englishVenueNouns.closing);
const AFTER = lower(placeRules.englishVenueNouns.after);
const OPENING = lower(placeRules.englishVenueNouns.opening);
const POSSESSED = lower(placeRules.englishVenueNouns.possessed);
const MAX_WORDS = 6;
// The capitalized nouns of one word that close a site's name ("Airport", "Port", "Base": siteHeads.en).
export const SITE_NOUNS: ReadonlySet<string> = new Set(orgRules.siteHeads.en.filter((h) => /^[A-Z][a-z]+$/u.test(h)));
// Adverbs and participles that describe a building before its name ("newly built", "renovated").
export const DESCRIBING = /^(new|newly|recently|built|renovated|refurbished|rebuilt|\w+ly|\w+ed)$/u;
const CHAMBERS = new Set(["lower", "upper"]);
// "the Department of National Defense", "the Ministry of Defence": a ministry named by its field after "of";
// "the Office of the Prime Minister": an office named by the officer it serves.
const MINISTRY_HEADS = new Set(["department", "ministry", "office"]);
// Words of talks held (the English meeting cues of rules/events.json) that place them at a ministry.
const MEETING_WORDS = new Set(eventRules.meeting.en.filter((w) => !w.includes(" ")).map((w) => w.toLowerCase()));
// The noun of a signing (among the English signing cues): "the signing at the Ministry of X" names
// where it was held, as "the meeting at" does, and keeps the body.
const SIGNING_WORDS = new Set(eventRules.signing.en.filter((w) => w.endsWith("ing")).map((w) => w.toLowerCase()));
// "called on the Prime Minister at the Office of …": a call on an officer is a meeting with him.
const CALL_VERBS = new Set(["call", "calls", "called", "calling"]);
// The verbs of a signing: "signed a loan agreement at the Ministry of X" names where it was signed;
// the ministry is a body of the story too only where the text has it speak ("the ministry said").
const SIGNED_WORDS = new Set(eventRules.signing.en.filter((w) => /^(sign|signs|signed|inked)$/u.test(w)).map((w) => w.toLowerCase()));
// Words back to the meeting's word: a guest's name may stand between ("met X Y at the …"), or the
// sum of the deal signed ("signed a loan worth EC$110 million at the …").
const MEETING_REACH = 10;
// The figures and money signs of a sum, inside the reach.
const SUM_MARKS = new Set(["$", "€", "£"]);
export const VENUE_BEFORE: ReadonlySet<string> = new Set(["at", "in", "inside", "visited", "toured"]);

/** Where the lower-case words that describe a building before its name open ("the newly built X terminal"), else `first`. */
export function describedFrom(tokens: readonly Token[], first: number): number {
  let k = first;
  while (k > first - 2 && word(tokens[k - 1]) && !tokens[k - 1]!.capital && DESCRIBING.test(tokens[k - 1]!.key)) k--;
  return k;
}

const word = (t: Token | undefined): t is Token => !!t && t.kind === "word" && !t.arabic && !t.lineStart;

/** The last token of the capitalized run from `first` (Romance connectors between capitals kept), or first - 1. */
function capitalRunEnd(tokens: readonly Token[], first: number): number {
  let last = first - 1;
  for (let k = first; k < first + MAX_WORDS; k++) {
    const t = tokens[k];
    if (word(t) && t.capital) last = k;
    else if (word(t) && ROMANCE_OF.has(t.key) && k > first && tokens[k + 1]?.capital && !tokens[k + 1]!.lineStart) continue;
    else break;
  }
  return last;
}

/**
 * "the X County Commissioner's office", "the X governor's office": after the capitalized run
 * ending at `last`, an office's title (capitalized in the run, or one lower-case word after it) in
 * the possessive and a noun of his room or home; the noun's token, or -1.
 */
function possessedRoomEnd(tokens: readonly Token[], last: number): number {
  let k = last + 1;
  if (word(tokens[k]) && !tokens[k]!.capital) k++;
  const noun = tokens[k + 2];
  if (!isPossessiveS(tokens, k + 1)) return -1;
  return word(noun) && !noun.capital && POSSESSED.has(noun.key) ? k + 2 : -1;
}

/**
 * "In Thursday's meeting at the Department of National Defense", "held talks at the Ministry of
 * Foreign Affairs", "the signing at the Ministry of Defence": after "at the" a ministry's head
 * alone in capitals, "of" and its field in capitals, told after a word of talks or the noun of a
 * signing in the same clause. Its last token (or that of the ministry's "headquarters" printed
 * after it, its short name in brackets between: "the Ministry of Defence (Mindef) headquarters"),
 * and whether it is a venue only: a ministry that hosts talks is their venue, no body, while one
 * where a signing is held, or named by its seat, stays the body too; or null.
 */
function ministryVenue(tokens: readonly Token[], at: number, first: number, last: number): { end: number; venue: boolean } | null {
  if (last !== first || !MINISTRY_HEADS.has(tokens[first]!.key) || tokens[first + 1]?.key !== "of") return null;
  // "the Office of the Prime Minister": the article before the officer's title is the name's.
  const field = tokens[first + 2]?.key === "the" && word(tokens[first + 3]) && tokens[first + 3]!.capital ? first + 3 : first + 2;
  const end = fieldRunEnd(tokens, field);
  if (end < field) return null;
  for (let k = at - 1; k >= at - MEETING_REACH; k--) {
    const t = tokens[k];
    if (t && (t.kind === "num" || SUM_MARKS.has(t.text))) continue;
    if (!word(t)) return null;
    const meeting = MEETING_WORDS.has(t.key) || (t.key === "on" && CALL_VERBS.has(tokens[k - 1]?.key ?? ""));
    const signed = SIGNED_WORDS.has(t.key);
    if (!meeting && !signed && !SIGNING_WORDS.has(t.key)) continue;
    const seat = seatAfter(tokens, end);
    return { end: seat, venue: seat === end && (meeting || (signed && !speaksElsewhere(tokens, tokens[first]!.key))) };
  }
  return null;
}

/** "which the ministry said covered …": the body the head names speaks in the story. */
function speaksElsewhere(tokens: readonly Token[], head: string): boolean {
  return tokens.some((t, k) => word(t) && !t.capital && t.key === head && tokens[k - 1]?.key === "the" && speechKeys.has(tokens[k + 1]?.key ?? ""));
}

/**
 * "Health and Social Affairs", "Foreign Affairs and Trade": a ministry's fields, joined by "and",
 * end where the capitals do; "Defence of Kazakhstan": the state it serves may follow after "of".
 */
function fieldRunEnd(tokens: readonly Token[], field: number): number {
  let end = capitalRunEnd(tokens, field);
  while (end >= field && tokens[end + 1]?.key === "and" && word(tokens[end + 2]) && tokens[end + 2]!.capital) end = capitalRunEnd(tokens, end + 2);
  if (end < field || tokens[end + 1]?.key !== "of") return end;
  const state = tokens[end + 2]?.key === "the" ? end + 3 : end + 2;
  return word(tokens[state]) && tokens[state].capital ? capitalRunEnd(tokens, state) : end;
}

/**
 * "the Ministry of Defence building", "the Department of Defense compound": a ministry's head alone
 * in capitals, "of" and its field in capitals, then a building's lower-case noun (`after` of
 * `englishVenueNouns`): the noun's token, or -1. The building is the venue wherever it is named.
 */
function ministryBuildingEnd(tokens: readonly Token[], first: number, last: number): number {
  if (last !== first || !MINISTRY_HEADS.has(tokens[first]!.key) || tokens[first + 1]?.key !== "of") return -1;
  const end = capitalRunEnd(tokens, first + 2);
  const noun = tokens[end + 1];
  return end >= first + 2 && word(noun) && !noun.capital && AFTER.has(noun.key) ? end + 1 : -1;
}

/** "Ministry of Defence headquarters", "Ministry of Defence (Mindef) headquarters": the seat's noun after the name, else `end`. */
function seatAfter(tokens: readonly Token[], end: number): number {
  let k = end + 1;
  if (tokens[k]?.text === "(" && word(tokens[k + 1]) && tokens[k + 1]!.capital && tokens[k + 2]?.text === ")") k += 3;
  const noun = tokens[k];
  return word(noun) && !noun.capital && noun.key === "headquarters" ? k : end;
}

// Lower-case words that may describe a building between the name and its noun ("city government").
const MAX_DESCRIBING = 2;
// Nor a building's own noun: "the X station pier" is a part of a body's station, no building of the town.
const NOT_DESCRIBING = new Set([...placeRules.englishCommonVenues.notModifiers, ...placeRules.englishCommonVenues.heads]);

/** The building's lower-case noun after the capitalized name ending at `last`, one or two describing words between; or -1. */
function afterNounEnd(tokens: readonly Token[], last: number): number {
  for (let k = last + 1; k <= last + 1 + MAX_DESCRIBING; k++) {
    const t = tokens[k];
    if (!word(t) || t.capital) return -1;
    if (AFTER.has(t.key)) return k;
    if (NOT_DESCRIBING.has(t.key)) return -1;
  }
  return -1;
}

function mention(tokens: readonly Token[], text: string, first: number, last: number, venue: boolean): SiteMention {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { first, last, start, end, surface: text.slice(start, end), venue };
}

export function findEnglishAtVenues(tokens: readonly Token[], text: string): SiteMention[] {
  const out: SiteMention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const prep = tokens[i]!;
    if (!word(prep) || !VENUE_BEFORE.has(prep.key)) continue;
    // "in the … hall", "visited the … Clinic": after these only with the article, so "in Ponta
    // Delgada" stays a town.
    const hasThe = tokens[i + 1]?.key === "the";
    if (!hasThe && prep.key !== "at") continue;
    const first = i + (hasThe ? 2 : 1);
    // "at the headquarters of the Eastern Naval Command": the body's seat, named by the body.
    if (tokens[first]?.key === "headquarters" && !tokens[first].capital && tokens[first + 1]?.key === "of") {
      const nameFirst = tokens[first + 2]?.key === "the" ? first + 3 : first + 2;
      // "the 4th Mountain Brigade": a unit's number in figures opens its name.
      const ordinal = ordinalSuffixAfter(tokens, nameFirst);
      const end = capitalRunEnd(tokens, ordinal >= 0 ? ordinal + 1 : nameFirst);
      if (end >= nameFirst + 1) out.push(mention(tokens, text, first, end, false));
      if (end >= nameFirst) i = Math.max(i, end);
      continue;
    }
    // "toured the newly built X House terminal": a lower-case word or two that describe it come first.
    let named = first;
    while (named < first + 2 && word(tokens[named]) && !tokens[named]!.capital && DESCRIBING.test(tokens[named]!.key)) named++;
    const last = capitalRunEnd(tokens, named);
    if (last < named) continue;
    const next = tokens[last + 1];
    if (named > first) {
      if (word(next) && !next.capital && AFTER.has(next.key)) out.push(mention(tokens, text, named, last + 1, true));
      else continue;
      i = out.at(-1)!.last;
      continue;
    }
    // "at the Joint Coast Command headquarters": the body's seat, named by the body, which it keeps.
    if (word(next) && next.key === "headquarters" && !next.capital) {
      out.push(mention(tokens, text, first, last + 1, false));
      i = last + 1;
      continue;
    }
    // "at the Ministry of Defence building": a ministry's building named by the ministry is the venue.
    const building = ministryBuildingEnd(tokens, first, last);
    if (building >= 0) {
      out.push(mention(tokens, text, first, building, true));
      i = building;
      continue;
    }
    // "meeting at the Department of National Defense": a ministry where talks are held is their venue, no body.
    const ministry = tokens[i]!.key === "at" ? ministryVenue(tokens, i, first, last) : null;
    if (ministry) {
      out.push(mention(tokens, text, first, ministry.end, ministry.venue));
      i = ministry.end;
      continue;
    }
    // "in the Lower House": a chamber of a parliament, no building.
    if (tokens[last]!.key === "house" && CHAMBERS.has(tokens[first]!.key)) continue;
    const room = possessedRoomEnd(tokens, last);
    if (room >= 0) out.push(mention(tokens, text, first, room, true));
    // "toured the X International Airport cargo terminal": a part of a site named whole by its
    // capitalized noun; the site is the place named.
    else if (afterNounEnd(tokens, last) >= 0 && last > first && SITE_NOUNS.has(tokens[last]!.text)) out.push(mention(tokens, text, first, last, true));
    // "the Ketu South Municipal Assembly hall", "the Point Cruz wharf", "the X city government building".
    else if (afterNounEnd(tokens, last) >= 0) out.push(mention(tokens, text, first, afterNounEnd(tokens, last), true));
    // "the Presidential Secretariat", "the Kukum Urban Clinic": two words at least, not the noun alone.
    else if (last > first && CLOSING.has(tokens[last]!.key)) out.push(mention(tokens, text, first, last, true));
    // "the Palácio da Conceição".
    else if (last > first && OPENING.has(tokens[first]!.key)) out.push(mention(tokens, text, first, last, true));
    else continue;
    i = out.at(-1)!.last;
  }
  return out;
}
