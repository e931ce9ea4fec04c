import { WEEKDAY_NAMES } from "../dates/calendar";

/**
 * The outlet's own name out of what a header line prints around it. Headers set the outlet apart
 * with brackets or guillemets and put the places filed from before it, so a candidate read from a
 * whole line or a bracket is trimmed to the name:
 *  - a code standing in its brackets: "(أ.ف.ب)" → "أ.ف.ب";
 *  - a name in guillemets or quotes after the places filed from: "القصرين/تبسة – «الصباح نيوز»:",
 *    "عدن - «الأيام»:" → "الصباح نيوز", "الأيام";
 *  - a date is no outlet: "٥ شعبان ١٤٤٨" in brackets after the Gregorian date, or the second name of
 *    a month after a slash, "أكتوبر/تشرين الأول ٢٠٢٦" → null. A year tells a date; a number that is
 *    no year stays ("صحيفة الساعة 24", "قناة 218");
 *  - what a header prints beside the outlet is none of it either: a time zone after the hour
 *    ("(UTC+04:00)", "GMT"), a social handle or hashtag ("@dailypost", "#Breaking"), a web address
 *    with its scheme or "www", a weekday ("(Monday)").
 */

const SEPARATORS = /\s*[-–—/|:,،]+\s*/u;
const QUOTED = /[«"“]([^«»"“”]{2,40})[»"”]/u;
const YEAR = /(?:^|[^\d٠-٩])([12١٢][\d٠-٩]{3})(?![\d٠-٩])/u;

export function outletValue(raw: string): string | null {
  let v = raw.trim();
  const bracketed = /^\((.+)\)$/u.exec(v);
  if (bracketed) v = bracketed[1]!.trim();
  const quoted = QUOTED.exec(v);
  if (quoted && onlyPlacesBesides(v, quoted[0])) v = quoted[1]!.trim();
  if (isYearOfDate(v) || isNoOutletShape(v)) return null;
  return v || null;
}

// "UTC", "GMT+3", "UTC+04:00", "UTC −5": the zone of a printed time.
const TIME_ZONE = /^(?:UTC|GMT)(?:\s*[+\-−–]\s*\d{1,2}(?::?\d{2})?)?$/iu;
// A handle or hashtag, and an address with its scheme or "www." (a bare domain maps to its outlet elsewhere).
const HANDLE_OR_ADDRESS = /^(?:[@#]\S+|(?:https?:\/\/|www\.)\S+)$/iu;

/** A value shaped as a time zone, a handle, an address or a weekday: no outlet's name. */
function isNoOutletShape(v: string): boolean {
  return TIME_ZONE.test(v) || HANDLE_OR_ADDRESS.test(v) || WEEKDAY_NAMES.has(v.toLowerCase());
}

/**
 * Whatever the line prints besides the quoted name is short parts with no digit: the places filed
 * from or a writer ("القصرين/تبسة", "عدن"). The quotes are the evidence of an outlet's name, so a
 * town the gazetteer lacks does not hide it.
 */
function onlyPlacesBesides(line: string, quoted: string): boolean {
  const rest = line.replace(quoted, " ").split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  return rest.every((p) => p.split(/\s+/).length <= 3 && !/[\d٠-٩]/u.test(p));
}

/** A four-digit number from 1000 to 2199 in either digit set: the year of a date. */
function isYearOfDate(v: string): boolean {
  const m = YEAR.exec(v);
  if (!m) return false;
  const n = Number(m[1]!.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660)));
  return n >= 1000 && n < 2200;
}

/**
 * "باريس - يريفان - وكالات", "القصرين/تبسة – «الصباح نيوز»:": one or more places filed from, then the
 * outlet in the last part. Returns that part, or null when a part before it is no place or the
 * last part is itself a place.
 */
export function outletAfterPlaces(line: string, isPlace: (s: string) => boolean): string | null {
  const parts = line.trim().replace(/[:：]\s*$/u, "").split(/\s*[-–—/]\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  if (!parts.slice(0, -1).every((p) => isPlace(p) || townWithItsState(p, isPlace)) || isPlace(last) || /[\d٠-٩]/u.test(last)) return null;
  return last;
}

/**
 * "غوانغجو (كوريا الجنوبية)", "صور (جنوب لبنان)": a town filed from, with its state (or the part of
 * it) in brackets after it for readers who may not know it. The state in brackets tells a place, so
 * a town no list holds still counts.
 */
export function townWithItsState(part: string, isPlace: (s: string) => boolean): boolean {
  const m = /^([^()\d٠-٩]+?)\s*\(([^()]{2,30})\)$/u.exec(part);
  if (!m || m[1]!.trim().split(/\s+/).length > 3) return false;
  const state = m[2]!.trim();
  return isPlace(state) || isPlace(state.replace(COMPASS_PART, ""));
}

// "جنوب لبنان", "northern Mexico": the part of a state a town lies in.
const COMPASS_PART = /^(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي|(?:north|south|east|west)(?:ern)?|central)\s+/iu;

/**
 * "الرأي الحر - عمّان", "The Coast Ledger – Mombasa – 12 May 2027": a site's header, its name and
 * then the city it publishes from, maybe the day after. Returns the name, or null when the first
 * part is itself a place or a writer's name ("سامر الحلبي | عمّان" is a byline) or the second no place.
 */
export function outletBeforePlace(line: string, isPlace: (s: string) => boolean, isWriter: (s: string) => boolean): string | null {
  const parts = line.trim().split(/\s*[|｜–—]\s*|\s+-\s+/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return null;
  const [name, place, rest] = parts as [string, string, string | undefined];
  if (!(isPlace(place) || townWithItsState(place, isPlace)) || (rest !== undefined && !/[\d٠-٩]/u.test(rest))) return null;
  if (isPlace(name) || isWriter(name) || /[\d٠-٩]/u.test(name) || name.split(/\s+/).length > 5) return null;
  return name;
}
