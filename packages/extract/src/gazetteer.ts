/**
 * The one place where the extractor meets the gazetteers and lexicons (src/lexicon, maintained
 * separately). Everything the engine needs from them goes through these functions, so a change of
 * the lexicon's shape is absorbed here.
 *
 * INTERIM: until src/lexicon lands, countries come from the ICU data built into Node
 * (Intl.DisplayNames, Arabic and English) with demonyms made by rule; there are no cities.
 */
import { readings, tokenize, type Token } from "./text/tokens";
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
    if (!name || name === code || /[A-Z]{2}/.test(name) || ["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"].includes(code)) continue;
    const entry: PlaceEntry = { id: `country:${code}`, name: arShort.of(code) ?? name, kind: "country", iso2: code, lat: null, lon: null, demonym: false };
    for (const n of [name, arShort.of(code), en.of(code), enShort.of(code)]) if (n) trie.add(n, entry);
    const bare = (arShort.of(code) ?? name).replace(/^ال/, "");
    if (!bare.includes(" ")) {
      const stem = bare.replace(/[اة]$/, "").replace(/يا$/, "");
      for (const suffix of ["ي", "ية", "يون", "يين", "يان", "يتين"]) {
        trie.add(stem + suffix, { ...entry, demonym: true });
        trie.add("ال" + stem + suffix, { ...entry, demonym: true });
      }
    }
  }
  return trie;
}

let trie: PhraseTrie<PlaceEntry> | undefined;

export function findPlaceHits(tokens: readonly Token[], text: string): PlaceHit[] {
  trie ??= buildInterimTrie();
  const out: PlaceHit[] = [];
  for (const m of trie.findAll(tokens, text)) {
    const e = m.value;
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
