import type { LocationRead } from "../places/locations";
import orgRules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import { tokenReadings, type Token } from "../text/tokens";
import type { CueHit } from "./cues";

// Nouns of a site that names places only (a crossing, a port, an airport, a camp): said again
// alone with the article, they point back at the one the story named.
const siteNouns = new Set([...orgRules.placeOnlySiteHeads.ar, "مخيم", "مستشفى"].map((w) => matchKey(w)));
const REACH = 20;

/**
 * "قام الوفدان بجولة في صالة الفحص بالمنفذ", "لدى وصوله إلى المنفذ": an event whose sentence
 * names no place but a site's bare noun with the article took place at the site of that noun the
 * story named first ("منفذ X", the story's own, not one named later in passing), not in a
 * person's office ("مديرة المنفذ").
 */
export function siteSaidAgain(tokens: readonly Token[], cues: readonly CueHit[], locations: readonly LocationRead[], aboutPerson: (k: number) => boolean): LocationRead | null {
  const first = cues.find((c) => c.kind !== "sidelines")?.first;
  if (first === undefined) return null;
  for (let k = first; k <= first + REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && /^[.؛!?]$/u.test(t.text)) break;
    if (!t.arabic || aboutPerson(k)) continue;
    const noun = tokenReadings(t).find((r) => r.key.startsWith("ال") && siteNouns.has(r.key.slice(2)))?.key.slice(2);
    // "المنفذ الحدودي X": a name follows, which the places read for themselves.
    if (!noun || tokens[k + 1]?.key.startsWith("ال")) continue;
    return siteNamedBefore(locations, noun, t.start);
  }
  return null;
}

/** The site named by `noun` and a name ("منفذ X", "المستشفى العسكري بX"), the first printed before character `at`. */
function siteNamedBefore(locations: readonly LocationRead[], noun: string, at: number): LocationRead | null {
  let best: { l: LocationRead; start: number } | null = null;
  for (const l of locations) {
    // "المستشفى الجامعي بX": a site named by its definite noun, its kind and its town.
    if (l.kind !== "site" || matchKey(l.name.split(/\s+/u)[0] ?? "").replace(/^ال/u, "") !== noun) continue;
    for (const m of l.mentions) if (m.start < at && (!best || m.start < best.start)) best = { l, start: m.start };
  }
  return best?.l ?? null;
}
