import abbreviations from "../lexicon/dateline-state-abbreviations.json";
import { GREGORIAN_MONTH_NAMES } from "../dates/calendar";
import { findPlaceHits, type PlaceHit } from "./gazetteer";
import { firstTokenFrom, tokenize, type Token } from "../text/tokens";

/**
 * The city of an English wire dateline that the gazetteer does not hold ("ABECHE, Chad (AFP) —",
 * "KEROU, Benin (AP) -"). A wire prints the city in capitals before the state it lies in, so the
 * dateline itself says it is a city of that state, and every later mention of the same name
 * ("flew to Abeche") is that place. A province may stand for the state ("CAMBRIDGE BAY, Nunavut (CP) —"). Small towns are what wires file from after an attack or a
 * visit, and no list holds them all.
 */
// The state is closed by the credit, a dash, or the day of the month ("SOUTH TARAWA, Kiribati, Oct. 17 (Kyodo) --").
const DATELINE = /(?:^|\n)[ \t]*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}), ([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2})(?: \(| [—–-]|, (\p{L}{3,9})\.? \d)/u;
// "GRAND FORKS, N.D. (AP) —", "SPRINGFIELD, Ill. —": a state's abbreviation, before the credit or the dash.
const ABBREVIATED = /(?:^|\n)[ \t]*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}), ([A-Z][A-Za-z.]{0,6}) (?:\(|[—–-])/u;
const ABBREVIATIONS = new Map(
  Object.entries(abbreviations)
    .filter(([iso2]) => !iso2.startsWith("$"))
    .flatMap(([iso2, forms]) => Object.entries(forms as Record<string, string>).map(([short, name]) => [short, { iso2, name }] as const)),
);

export function datelineCityHits(tokens: readonly Token[], text: string, places: readonly PlaceHit[]): PlaceHit[] {
  const head = text.slice(0, 2000);
  const short = abbreviatedState(tokens, head);
  const m = short?.m ?? DATELINE.exec(head);
  if (!m || (!short && m[3] && !GREGORIAN_MONTH_NAMES.has(m[3].toLowerCase()))) return [];
  const city = m[1]!;
  const cityStart = m.index + m[0].indexOf(city);
  const stateStart = cityStart + city.length + 2;
  // "IQALUIT, Nunavut (CP) —", "KOTA BHARU, Kelantan (Bernama) -": a province of the state
  // stands where the state does, and tells it as well.
  const state = short?.hit ?? places.find((p) => p.start === stateStart && (p.kind === "country" || p.kind === "region") && p.iso2);
  const own = short ? [short.hit] : [];
  // A listed town that is only the dateline city's first word ("CAMBRIDGE BAY": Cambridge) gives way
  // to the whole name; the caller drops it (`insideDatelineCity`).
  const cityEnd = cityStart + city.length;
  if (!state || places.some((p) => p.start <= cityStart && p.end > cityStart && !(p.start === cityStart && p.end < cityEnd))) return own;
  const lower = city.toLowerCase();
  const name = city.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const out: PlaceHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capital || text.slice(t.start, t.start + city.length).toLowerCase() !== lower) continue;
    const end = t.start + city.length;
    if (/\p{L}/u.test(text[end] ?? "")) continue;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
    // A listed town that is only a word of the name ("Tarawa" of "South Tarawa") gives way to it.
    if (tokens[last]!.end !== end || places.some((p) => p.start < end && p.end > t.start && !(p.start >= t.start && p.end <= end && p.end - p.start < end - t.start))) continue;
    out.push({
      start: t.start,
      end,
      surface: text.slice(t.start, end),
      name,
      kind: "city",
      iso2: state.iso2,
      lat: null,
      lon: null,
      viaDemonym: false,
      firstToken: i,
      lastToken: last,
      id: `dateline:${state.iso2}:${lower}`,
    });
    i = last;
  }
  return [...own, ...out];
}

/**
 * The state of "GRAND FORKS, N.D. (AP) —" read from its abbreviation, as a place of its own named
 * in full (the abbreviation is the wire's shorthand, as the capitals are); the gazetteer's entry
 * when it lists the state, so its other mentions are the same place.
 */
function abbreviatedState(tokens: readonly Token[], head: string): { m: RegExpExecArray; hit: PlaceHit } | null {
  const m = ABBREVIATED.exec(head);
  const state = m ? ABBREVIATIONS.get(m[2]!) : undefined;
  if (!m || !state) return null;
  const start = m.index + m[0].indexOf(`, ${m[2]!}`) + 2;
  const end = start + m[2]!.length;
  const firstToken = firstTokenFrom(tokens, start);
  if (firstToken < 0) return null;
  let lastToken = firstToken;
  while (tokens[lastToken + 1] && tokens[lastToken + 1]!.end <= end) lastToken++;
  const listed = listedState(state);
  const hit: PlaceHit = {
    start,
    end,
    surface: state.name,
    name: listed?.name ?? state.name,
    kind: "region",
    iso2: state.iso2,
    lat: null,
    lon: null,
    viaDemonym: false,
    firstToken,
    lastToken,
    id: listed?.id ?? `dateline-state:${state.iso2}:${state.name}`,
  };
  return { m, hit };
}

const listedStates = new Map<string, PlaceHit | null>();

/** The gazetteer's entry for an abbreviated state's full name (read once per state), or null. */
function listedState(state: { iso2: string; name: string }): PlaceHit | null {
  const key = `${state.iso2}:${state.name}`;
  let hit = listedStates.get(key);
  if (hit === undefined) {
    hit = findPlaceHits(tokenize(state.name), state.name).find((h) => h.iso2 === state.iso2 && h.kind === "region" && h.end === state.name.length) ?? null;
    listedStates.set(key, hit);
  }
  return hit;
}

/** A place read inside a longer dateline city's name ("Cambridge" of "Cambridge Bay"), which it gives way to. */
export function insideDatelineCity(p: PlaceHit, cities: readonly PlaceHit[]): boolean {
  return cities.some((c) => p.start >= c.start && p.end <= c.end && p.end - p.start < c.end - c.start);
}
