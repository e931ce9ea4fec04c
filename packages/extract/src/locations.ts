import rules from "./rules/organizations.json";
import type { PlaceHit, PlaceKind } from "./gazetteer";
import type { Ctx } from "./persons/anchors";
import { isStopToken } from "./persons/vocabulary";
import { PhraseTrie } from "./text/phrase-trie";
import { matchKey } from "./text/normalize";

/**
 * Locations: every place the gazetteer knows that is printed by name (a demonym such as
 * "المصرية" names no place), plus sites built from a site noun and what follows it
 * ("مقر وزارة الدفاع المصرية", "مطار ماركا العسكري", "قلعة بيت الفلج").
 */

export interface LocationRead {
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number | null;
  lon: number | null;
  mentions: { start: number; end: number; surface: string }[];
  /** Token ranges of the mentions. */
  spans: { first: number; last: number }[];
  id: string;
}

const siteTrie = new PhraseTrie<"site">([...rules.siteHeads.ar, ...rules.siteHeads.en].map((h) => [h, "site"] as const));
// Words that name a state's form rather than the state (دولة الكويت is listed as الكويت).
const STATE_FORMS = /^(دولة|مملكة|جمهورية|إمارة|امارة|سلطنة)\s+/u;

export interface SiteMention {
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
}

export function findSites(ctx: Ctx): SiteMention[] {
  const { tokens, text } = ctx.doc;
  const out: SiteMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = siteTrie.matchAt(tokens, i, text);
    if (!m) continue;
    const latin = !tokens[i]!.arabic;
    let last = m.last;
    let free = 0;
    for (let j = m.last + 1; j < tokens.length && j - m.last <= 6; j++) {
      const t = tokens[j]!;
      if (t.lineStart || t.kind !== "word") break;
      if (latin) {
        if (!t.capital) break;
        last = j;
        continue;
      }
      if (isStopToken(t)) break;
      // "بالقاهرة", "والوفد": a clitic on a definite word ends the name; "بيت الفلج" does not.
      if (/^(وال|بال|فال)/.test(t.key) && !(ctx.placeAt[j] && j === m.last + 1)) break;
      if (t.key.startsWith("ال") || /^(لل|ل)/.test(t.key) || ctx.placeAt[j]) {
        last = j;
        continue;
      }
      // Up to two proper-name words right after the site noun ("مطار ماركا", "قلعة بيت الفلج").
      if (free < 2 && j - m.last <= 2) {
        free++;
        last = j;
        continue;
      }
      break;
    }
    if (last === m.last) continue;
    out.push({ first: i, last, start: m.start, end: tokens[last]!.end, surface: m.surface + text.slice(m.end, tokens[last]!.end) });
    i = last;
  }
  return out;
}

export function readLocations(ctx: Ctx, places: PlaceHit[], sites: SiteMention[], home: string | null, exclude: (first: number, last: number) => boolean, titleEnd = 0): LocationRead[] {
  const byId = new Map<string, LocationRead>();
  for (const p of places) {
    if (p.viaDemonym || exclude(p.firstToken, p.lastToken)) continue;
    if (sites.some((s) => p.firstToken >= s.first && p.lastToken <= s.last && p.firstToken > s.first)) {
      // A place inside a site name is still a place ("مطار عدن الدولي" names عدن).
    }
    let loc = byId.get(p.id);
    if (!loc) {
      loc = { name: p.surface, kind: p.kind, country: p.iso2, lat: p.lat, lon: p.lon, mentions: [], spans: [], id: p.id };
      byId.set(p.id, loc);
    }
    loc.mentions.push({ start: p.start, end: p.end, surface: p.surface });
    loc.spans.push({ first: p.firstToken, last: p.lastToken });
  }
  // The headline names states loosely ("أمريكا"); the body's form is the one listed.
  for (const loc of byId.values()) {
    const body = loc.mentions.filter((m) => m.start >= titleEnd).map((m) => m.surface);
    loc.name = preferredName(body.length ? body : loc.mentions.map((m) => m.surface));
  }
  for (const s of sites) {
    if (exclude(s.first, s.last)) continue;
    const id = `site:${matchKey(s.surface)}`;
    let loc = byId.get(id);
    if (!loc) {
      let country: string | null = null;
      for (let k = s.first; k <= s.last && !country; k++) country = ctx.placeAt[k]?.iso2 ?? null;
      if (!country) {
        // The city or country printed right after the site ("بمقر … بالقاهرة").
        for (let k = s.last + 1; k <= s.last + 3 && !country; k++) country = ctx.placeAt[k]?.iso2 ?? null;
      }
      loc = { name: s.surface, kind: "site", country: country ?? home, lat: null, lon: null, mentions: [], spans: [], id };
      byId.set(id, loc);
    }
    loc.mentions.push({ start: s.start, end: s.end, surface: s.surface });
    loc.spans.push({ first: s.first, last: s.last });
  }
  return [...byId.values()];
}

/** The printed form to list: the shortest form without a state-form word, else the shortest. */
/** A Latin name printed in capitals, as English datelines print the city ("BEIJING, Jan. 5"). */
const SHOUTED = /^[^a-z]*[A-Z][^a-z]*$/;
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

export function preferredName(surfaces: string[]): string {
  // The capitals of a dateline are typography, not the name: prefer how the text writes it elsewhere.
  const written = surfaces.filter((s) => !SHOUTED.test(s));
  if (written.length === 0 && surfaces.length > 0) return preferredName(surfaces.map(titleCase));
  surfaces = written;
  const plain = surfaces.filter((s) => !STATE_FORMS.test(s));
  const pool = plain.length ? plain : surfaces.map((s) => s.replace(STATE_FORMS, ""));
  const counts = new Map<string, number>();
  for (const s of pool) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0].length - b[0].length || b[1] - a[1])[0]?.[0] ?? surfaces[0] ?? "";
}
