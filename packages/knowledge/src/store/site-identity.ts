import { matchKey, stateNamedBy } from "@marsad/extract/text";
import aliases from "./organization-aliases.json";

/**
 * A site (a headquarters, a base, a museum) is one place however many articles name it: what
 * identifies it is its name, and the state its name gives (مقر وزارة الدفاع المصرية is in Egypt
 * whoever visits it). Articles often credit a site to the visiting delegation's state, so the state
 * an article gives a site whose name is specific (قاعدة الملك عبدالعزيز البحرية) does not split it;
 * a generic name (مقر وزارة الدفاع) says nothing of which one it is, and keeps the article's state.
 */

/** Words of site names that say what kind of place it is, not which one. */
const GENERIC = new Set(
  [
    "مقر", "قاعدة", "مطار", "ميناء", "متحف", "قلعة", "مسرح", "قصر", "فندق", "مستشفى", "معسكر", "ثكنة", "أكاديمية",
    "كلية", "مركز", "ميدان", "ساحة", "وزارة", "الأمانة", "العامة", "العام", "القيادة", "الجيش", "القوات", "المسلحة",
    "رئاسة", "الأركان", "أركان", "حرب", "البحرية", "الجوية", "البرية", "العسكرية", "العسكري", "الدولي", "الوطني",
    "headquarters", "hq", "ministry", "base", "air", "naval", "airport", "port", "museum", "palace", "academy",
    "college", "camp", "general", "secretariat", "command", "army", "forces", "armed", "military", "international",
    ...aliases.institutions.flatMap((i) => i.names.flatMap((n) => n.split(" "))),
  ].map((w) => matchKey(w).replace(/^ال/, "")),
);
const FILLER = new Set(["of", "the", "s", "in", "في"]);

/** The word without the article and the prepositions that glue to it (لوزارة، بالقاهرة). */
const bare = (word: string) => word.replace(/^(و?(ب|ل|ك)?ال|لل|و?ل(?=.{3}))/, "");

export interface SiteIdentity {
  /** The state the site's name gives, when it gives one. */
  state: string | null;
  /** The name alone tells which site it is (some word in it is not generic). */
  specific: boolean;
}

export function siteIdentity(name: string): SiteIdentity {
  const words = matchKey(name).split(" ").filter((w) => w && !FILLER.has(w));
  let state: string | null = null;
  let specific = false;
  for (const w of words) {
    const named = stateNamedBy(w);
    if (named) {
      state ??= named;
      continue;
    }
    if (!GENERIC.has(bare(w)) && !GENERIC.has(w)) specific = true;
  }
  return { state, specific };
}
