import outlets from "../lexicon/outlets.json";
import { matchKey } from "../text/normalize";

/**
 * News agencies and outlets (src/lexicon/outlets.json): their Arabic and English names, the
 * letter codes agencies sign with ("أ ش أ", "د ب أ") and their web domains.
 */

interface OutletRow {
  kind: "agency" | "outlet";
  /** The state it is based in. */
  country?: string;
  ar: string[];
  en: string[];
  codes: string[];
  domains: string[];
}

const rows = outlets as OutletRow[];
const byKey = new Map<string, OutletRow>();
for (const r of rows) for (const n of [...r.ar, ...r.en, ...r.codes]) if (!byKey.has(matchKey(n))) byKey.set(matchKey(n), r);
const byDomain = new Map<string, OutletRow>();
for (const r of rows) for (const d of r.domains) byDomain.set(d.toLowerCase(), r);

const KIND_WORD = /^(ال)?(وكالة|صحيفة|جريدة|قناة|موقع|بوابة)\s+/u;
// A paper is "صحيفة X" in one story and "جريدة X" in the next: a listed name with its kind word is
// found by any kind word before the same name, never by the bare name, which may be a place
// ("صحيفة الرياض", "الرياض").
const byNameAfterKind = new Map<string, OutletRow>();
for (const r of rows) for (const n of r.ar) if (KIND_WORD.test(n)) byNameAfterKind.set(matchKey(n.replace(KIND_WORD, "")), r);

/** The row of an agency or outlet printed as `name` (any listed name or code), or undefined. */
export function knownOutlet(name: string): OutletRow | undefined {
  const bare = name.replace(KIND_WORD, "");
  const k = bare !== name ? matchKey(bare) : "";
  return byKey.get(matchKey(name)) ?? (k ? (byKey.get(k) ?? byNameAfterKind.get(k)) : undefined);
}

/**
 * Whether `name` is a listed outlet's name without its kind word ("الشرق الأوسط" of "صحيفة الشرق
 * الأوسط"): asked only where a masthead stands, since the bare name may be a place or a section.
 */
export function listedByBareName(name: string): boolean {
  return !!knownOutlet(name) || byNameAfterKind.has(matchKey(name));
}

/**
 * The letter code of an agency, whatever agency it is: two to four single Arabic letters apart
 * ("أ ش أ", "د.ب.أ", "ي ب أ"). Codes are how Arabic wires sign, so the shape is evidence enough.
 */
export function isAgencyCode(s: string): boolean {
  return /^\p{Script=Arabic}(?:[\s.]+\p{Script=Arabic}){1,3}\.?$/u.test(s.trim());
}

/** The outlet of a web address ("aa.com.tr/ar", "www.reuters.com"), named in the article's script. */
export function outletOfDomain(address: string, arabic: boolean): string | null {
  const host = address.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").split("/")[0]!;
  let r: OutletRow | undefined;
  for (let h = host; h.includes(".") && !r; h = h.slice(h.indexOf(".") + 1)) r = byDomain.get(h);
  if (!r) return null;
  return (arabic ? r.ar[0] ?? r.en[0] : r.en[0] ?? r.ar[0]) ?? null;
}

/** Every listed name of agencies (not other outlets), for attribution phrases in running text. */
export const agencyNames: string[] = rows.filter((r) => r.kind === "agency").flatMap((r) => [...r.ar, ...r.en]);

/** Every listed Arabic name of agencies and outlets, for the outlet a speaker of the story talks to. */
export const arabicOutletNames: string[] = rows.flatMap((r) => r.ar);

/**
 * The state an outlet or agency printed as `name` is based in: the state a local report names no
 * more than "the minister of culture" or "the capital" for.
 */
export function outletCountry(name: string | null): string | null {
  return name ? (knownOutlet(name)?.country ?? null) : null;
}
