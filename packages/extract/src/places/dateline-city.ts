import type { PlaceHit } from "./gazetteer";
import type { Token } from "../text/tokens";

/**
 * The city of an English wire dateline that the gazetteer does not hold ("ABECHE, Chad (AFP) —",
 * "KEROU, Benin (AP) -"). A wire prints the city in capitals before the state it lies in, so the
 * dateline itself says it is a city of that state, and every later mention of the same name
 * ("flew to Abeche") is that place. A province may stand for the state ("CAMBRIDGE BAY, Nunavut (CP) —"). Small towns are what wires file from after an attack or a
 * visit, and no list holds them all.
 */
const DATELINE = /(?:^|\n)[ \t]*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}), ([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2}) \(/u;

export function datelineCityHits(tokens: readonly Token[], text: string, places: readonly PlaceHit[]): PlaceHit[] {
  const m = DATELINE.exec(text.slice(0, 2000));
  if (!m) return [];
  const city = m[1]!;
  const cityStart = m.index + m[0].indexOf(city);
  const stateStart = cityStart + city.length + 2;
  // "IQALUIT, Nunavut (CP) —", "KOTA BHARU, Kelantan (Bernama) -": a province of the state
  // stands where the state does, and tells it as well.
  const state = places.find((p) => p.start === stateStart && (p.kind === "country" || p.kind === "region") && p.iso2);
  // A listed town that is only the dateline city's first word ("CAMBRIDGE BAY": Cambridge) gives way
  // to the whole name; the caller drops it (`insideDatelineCity`).
  const cityEnd = cityStart + city.length;
  if (!state || places.some((p) => p.start <= cityStart && p.end > cityStart && !(p.start === cityStart && p.end < cityEnd))) return [];
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
    if (tokens[last]!.end !== end || places.some((p) => p.start < end && p.end > t.start && !(p.start >= t.start && p.end < end))) continue;
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
  return out;
}

/** A place read inside a longer dateline city's name ("Cambridge" of "Cambridge Bay"), which it gives way to. */
export function insideDatelineCity(p: PlaceHit, cities: readonly PlaceHit[]): boolean {
  return cities.some((c) => p.start >= c.start && p.end <= c.end && p.end - p.start < c.end - c.start);
}
