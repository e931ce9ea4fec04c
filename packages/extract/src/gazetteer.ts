/**
 * The one place where the extractor meets the gazetteers and lexicons (src/lexicon, maintained
 * separately). Everything the engine needs from them goes through these functions, so a change of
 * the lexicon's shape is absorbed here.
 *
 * INTERIM: until src/lexicon lands, countries come from the ICU data built into Node
 * (Intl.DisplayNames, Arabic and English) with demonyms made by rule; there are no cities.
 */
import interim from "./rules/interim-gazetteer.json";
import { readings, tokenize, wordKey, type Token } from "./text/tokens";
import { PhraseTrie } from "./text/phrase-trie";

export type PlaceKind = "country" | "city" | "region" | "site";

export interface PlaceHit {
  start: number;
  end: number;
  /** As printed, without a proclitic. */
  surface: string;
  /** Canonical name of the place (Arabic for Arabic text). */
  name: string;
  kind: PlaceKind;
  iso2: string | null;
  lat: number | null;
  lon: number | null;
  viaDemonym: boolean;
  firstToken: number;
  lastToken: number;
  /** Stable identity of the gazetteer entry (for merging mentions). */
  id: string;
}

interface PlaceEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  iso2: string | null;
  lat: number | null;
  lon: number | null;
  demonym: boolean;
}

const REGION_CODES: string[] = [];
for (let a = 65; a <= 90; a++)
  for (let b = 65; b <= 90; b++) REGION_CODES.push(String.fromCharCode(a, b));

function buildInterimTrie(): PhraseTrie<PlaceEntry> {
  const trie = new PhraseTrie<PlaceEntry>([], { clitics: true });
  const ar = new Intl.DisplayNames(["ar"], { type: "region" });
  const arShort = new Intl.DisplayNames(["ar"], { type: "region", style: "short" });
  const en = new Intl.DisplayNames(["en"], { type: "region" });
  const enShort = new Intl.DisplayNames(["en"], { type: "region", style: "short" });
  for (const code of REGION_CODES) {
    let name: string | undefined;
    try {
      name = ar.of(code);
    } catch {
      continue;
    }
    if (!name || name === code || /[A-Z]{2}/.test(name) || ["EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ", "YD", "DD", "SU", "CS", "YU", "ZR", "BU", "TP", "NT", "DY", "HV", "NH", "RH", "VD", "FX", "AN", "QU", "UK"].includes(code)) continue;
    const entry: PlaceEntry = { id: `country:${code}`, name: arShort.of(code) ?? name, kind: "country", iso2: code, lat: null, lon: null, demonym: false };
    for (const n of [name, arShort.of(code), en.of(code), enShort.of(code)]) if (n) trie.add(n, entry);
    const bare = (arShort.of(code) ?? name).replace(/^ال/, "");
    if (!bare.includes(" ")) {
      const stem = bare.endsWith("يا") ? bare.slice(0, -2) : bare.replace(/[اة]$/, "");
      for (const suffix of ["ي", "ية", "يون", "يين", "يان", "يتين"]) {
        trie.add(stem + suffix, { ...entry, demonym: true });
        trie.add("ال" + stem + suffix, { ...entry, demonym: true });
      }
    }
  }
  const entries = new Map<string, PlaceEntry>();
  for (const row of interim.cities) {
    const [iso, lat, lon, ...names] = row as [string, number, number, ...string[]];
    const entry: PlaceEntry = { id: `city:${iso}:${names[0]}`, name: names[0]!, kind: "city", iso2: iso, lat, lon, demonym: false };
    entries.set(entry.id, entry);
    for (const n of names) trie.add(n, entry);
  }
  for (const row of interim.regions) {
    const [iso, ...names] = row as [string, ...string[]];
    const entry: PlaceEntry = { id: `region:${iso}:${names[0]}`, name: names[0]!, kind: "region", iso2: iso || null, lat: null, lon: null, demonym: false };
    for (const n of names) trie.add(n, entry);
  }
  for (const [iso, names] of Object.entries(interim.countryNames)) {
    const entry: PlaceEntry = { id: `country:${iso}`, name: arShort.of(iso) ?? names[0]!, kind: "country", iso2: iso, lat: null, lon: null, demonym: false };
    for (const n of names) trie.add(n, entry);
  }
  for (const [iso, stems] of Object.entries(interim.demonyms)) {
    const entry: PlaceEntry = { id: `country:${iso}`, name: arShort.of(iso) ?? iso, kind: "country", iso2: iso, lat: null, lon: null, demonym: true };
    for (const stem of stems) for (const suffix of ["ي", "ية", "يون", "يين", "يان", "يتين", "يا"]) {
      trie.add(stem + suffix, entry);
      trie.add("ال" + stem + suffix, entry);
    }
  }
  for (const [iso, names] of Object.entries(interim.demonymsEn)) {
    const entry: PlaceEntry = { id: `country:${iso}`, name: iso, kind: "country", iso2: iso, lat: null, lon: null, demonym: true };
    for (const n of names) trie.add(n, entry);
  }
  ambiguousEntries = entries;
  return trie;
}

const HOMONYMS = new Set(interim.homonyms.map(wordKey));
const HOMONYM_CUES = new Set(interim.homonymCues.map(wordKey));
let ambiguousEntries = new Map<string, PlaceEntry>();
const AMBIGUOUS = interim.ambiguous as Record<string, { default: string; alternative: string; when: string; unless: string[] }>;

let trie: PhraseTrie<PlaceEntry> | undefined;

export function findPlaceHits(tokens: readonly Token[], text: string): PlaceHit[] {
  trie ??= buildInterimTrie();
  const out: PlaceHit[] = [];
  const matches = trie.findAll(tokens, text).filter((m) => {
    if (!HOMONYMS.has(wordKey(m.surface)) || m.first !== m.last) return true;
    const prev = tokens[m.first - 1];
    return !!prev && HOMONYM_CUES.has(prev.key);
  });
  const named = new Set(matches.map((m) => m.value.iso2));
  for (const m of matches) {
    // Latin names are proper nouns: "us" is no country, "US" is.
    const t0 = tokens[m.first]!;
    if (!t0.arabic && !t0.capital) continue;
    let e = m.value;
    const amb = AMBIGUOUS[wordKey(m.surface)];
    if (amb && m.first === m.last) {
      const prev = tokens[m.first - 1];
      const blocked = prev && amb.unless.some((u) => wordKey(u) === prev.key);
      const alt = ambiguousEntries.get(amb.alternative);
      if (alt && !blocked && named.has(amb.when)) e = alt;
    }
    out.push({
      start: m.start,
      end: m.end,
      surface: m.surface,
      name: e.name,
      kind: e.kind,
      iso2: e.iso2,
      lat: e.lat,
      lon: e.lon,
      viaDemonym: e.demonym,
      firstToken: m.first,
      lastToken: m.last,
      id: e.id,
    });
  }
  return out;
}

/** Country of a word or phrase (name or demonym), for short strings such as a dateline part. */
export function countryOf(phrase: string): string | null {
  const tokens = tokenize(phrase);
  const hits = findPlaceHits(tokens, phrase);
  return hits[0]?.iso2 ?? null;
}

/** Whether a short string is the name of a place. */
export function isPlaceName(phrase: string): boolean {
  const tokens = tokenize(phrase);
  const hits = findPlaceHits(tokens, phrase).filter((h) => !h.viaDemonym);
  return hits.length > 0 && hits[0]!.firstToken === 0 && hits[hits.length - 1]!.lastToken >= tokens.filter((t) => t.kind !== "punct").length - 1;
}

/** Outlet or agency canonical name for a printed name or a domain, or null. */
export function outletName(_printed: string): string | null {
  return null;
}

export { readings };
