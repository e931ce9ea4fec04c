/**
 * The one place where the extractor meets the gazetteers (src/lexicon, data files described in
 * src/lexicon/README.md). Everything the engine needs from them goes through these functions, so a
 * change of the lexicon's shape is absorbed here.
 *
 * The place trie is built once, on first use, from the data files only: every country (names in
 * Arabic and English, demonyms made from stems with the Arabic endings), the cities and the
 * regions. When two entries share a printed form the first one added wins, so the order below is
 * a precedence: country names, then demonyms, then cities, then regions (مدينة الفاتيكان stays
 * the state; عمان is Oman unless the ambiguity rule reads it as Amman).
 */
import { keptPerString } from "../text/kept-per-string";
import countries from "../lexicon/countries.json";
import cities from "../lexicon/cities.json";
import regions from "../lexicon/regions.json";
import homonymData from "../lexicon/place-homonyms.json";
import stateForms from "../lexicon/state-forms.json";
import { readings, tokenize, wordKey, type Token } from "../text/tokens";
import { PhraseTrie, type PhraseMatch } from "../text/phrase-trie";
import { homonymAsDestination } from "./homonym-destination";
import { describedByWhere } from "./where-described";
import { isConsularPost } from "./consular-posts";
import { listedAmongPlaces } from "./listed-homonyms";
import { namesRiverBank } from "./river-banks";
import { isImpossibleProclitic } from "./proclitic-guards";
import { hasTownAppositive } from "./appositive-town";

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

interface CountryRow {
  iso2: string;
  sovereign: boolean;
  ar: string[];
  en: string[];
  demonymStems: string[];
  demonymForms?: string[];
  demonymsEn: string[];
}

/** Endings that turn a stem into the demonym forms: مصري مصرية مصريون مصريين مصريان مصريتين. */
const DEMONYM_ENDINGS = ["ي", "ية", "يون", "يين", "يان", "يتين"];

function buildTrie(): { trie: PhraseTrie<PlaceEntry>; byId: Map<string, PlaceEntry> } {
  const trie = new PhraseTrie<PlaceEntry>([], { clitics: true });
  const byId = new Map<string, PlaceEntry>();
  const rows = countries as CountryRow[];
  const countryEntry = (c: CountryRow): PlaceEntry => ({ id: `country:${c.iso2}`, name: c.ar[0]!, kind: "country", iso2: c.iso2, lat: null, lon: null, demonym: false });
  for (const c of rows) {
    const entry = countryEntry(c);
    byId.set(entry.id, entry);
    for (const n of [...c.ar, ...c.en]) trie.add(n, entry);
  }
  for (const c of rows) {
    const entry = { ...countryEntry(c), demonym: true };
    for (const stem of c.demonymStems)
      for (const ending of DEMONYM_ENDINGS) {
        trie.add(stem + ending, entry);
        trie.add("ال" + stem + ending, entry);
      }
    for (const form of [...(c.demonymForms ?? []), ...c.demonymsEn]) trie.add(form, entry);
    for (const form of DEMONYMS_AFTER[c.iso2]?.forms ?? []) trie.add(form, entry);
  }
  addStateForms(trie, rows, countryEntry);
  for (const c of cities) {
    const entry: PlaceEntry = { id: `city:${c.iso2}:${c.ar[0]}`, name: c.ar[0]!, kind: "city", iso2: c.iso2, lat: c.lat, lon: c.lon, demonym: false };
    byId.set(entry.id, entry);
    for (const n of [...c.ar, ...c.en]) trie.add(n, entry);
  }
  for (const r of regions) {
    const entry: PlaceEntry = { id: `region:${r.iso2}:${r.ar[0]}`, name: r.ar[0]!, kind: "region", iso2: r.iso2 || null, lat: null, lon: null, demonym: false };
    byId.set(entry.id, entry);
    for (const n of [...r.ar, ...r.en]) trie.add(n, entry);
  }
  return { trie, byId };
}

const AR_BEFORE_NAME = stateForms.arBeforeName as Record<string, string[]>;
const AR_FORM_WORD = new RegExp(`^(${[...Object.keys(AR_BEFORE_NAME), ...stateForms.arBeforeDemonym].join("|")})\\s`, "u");
const EN_FORM_WORD = new RegExp(`^(${stateForms.enBeforeName.join("|")})\\s`, "iu");

/**
 * Official long names of every state read as the state (دولة الكويت، سلطنة عمان، الجمهورية
 * الإسلامية الإيرانية، Hashemite Kingdom of Jordan): the form words of state-forms.json put
 * before the short name or before the feminine demonym (الجمهورية التونسية). Added after the
 * listed names, so a listed name always keeps its own state.
 */
function addStateForms(trie: PhraseTrie<PlaceEntry>, rows: CountryRow[], entryOf: (c: CountryRow) => PlaceEntry): void {
  const k = (s: string) => trie.keysOf(s);
  const arForms = Object.entries(AR_BEFORE_NAME).map(([before, afters]) => [k(before), afters.map(k)] as const);
  const demonymForms = stateForms.arBeforeDemonym.map(k);
  const enForms = stateForms.enBeforeName.map(k);
  // Only states have official long names; territories keep their listed names.
  for (const c of rows.filter((r) => r.sovereign)) {
    const entry = entryOf(c);
    for (const name of c.ar) {
      if (AR_FORM_WORD.test(name)) continue;
      const n = k(name);
      for (const [before, afters] of arForms) for (const after of afters) trie.addKeys([...before, ...n, ...after], entry);
    }
    for (const stem of c.demonymStems) {
      const d = k(`ال${stem}ية`);
      for (const before of demonymForms) trie.addKeys([...before, ...d], entry);
    }
    for (const name of c.en) {
      if (EN_FORM_WORD.test(name)) continue;
      const n = k(name);
      for (const before of enForms) trie.addKeys([...before, ...n], entry);
    }
  }
}

// "نظيره المالي": a demonym that is also an adjective ("the financial"), read only after its cue words.
const DEMONYMS_AFTER = homonymData.demonymsAfter as Record<string, { forms: string[]; after: string[] }>;
const DEMONYM_FORM_CUES = new Map(Object.values(DEMONYMS_AFTER).flatMap(({ forms, after }) => forms.map((f) => [wordKey(f), new Set(after.map(wordKey))] as const)));
const HOMONYMS = new Set([...homonymData.homonyms, ...homonymData.homonymsRulesOnly].map(wordKey));
const HOMONYM_CUES = new Set(homonymData.homonymCues.map(wordKey));
// Read by the rules only: the tagger's gazetteer cue (`forTagger`) reads neither, so its features stay.
const RULES_ONLY_HOMONYMS = new Set(homonymData.homonymsRulesOnly.map(wordKey));
const RULES_ONLY_CUES = new Set(homonymData.homonymCuesRulesOnly.map(wordKey));
const ADJECTIVE_AFTER = new Map(Object.entries(homonymData.adjectiveAfter).map(([name, nouns]) => [wordKey(name), new Set(nouns.map(wordKey))]));
const NOUN_BEFORE = new Map(Object.entries(homonymData.nounBefore).map(([name, words]) => [wordKey(name), new Set(words.map(wordKey))]));
interface AmbiguityRule { default: string; alternative: string; when: string; unlessNamed?: string; unless: string[]; spelledWith?: string; demonymShared?: boolean }
// Keyed by the folded word, so a Latin name (Tripoli) is found by its printed form too.
const AMBIGUOUS: Record<string, AmbiguityRule | undefined> = Object.fromEntries(
  Object.entries(homonymData.ambiguous as Record<string, AmbiguityRule>).map(([name, rule]) => [wordKey(name), rule]),
);
// "الكونغولية" is said of either Congo: the demonym listed for the default state follows the
// shared name's rule ("العاصمة الكونغولية برازافيل" is CG), keyed by the default state.
const SHARED_DEMONYMS = new Map(Object.values(AMBIGUOUS).flatMap((r) => (r?.demonymShared && r.default.startsWith("country:") ? [[r.default.slice("country:".length), r] as const] : [])));

let gazetteer: ReturnType<typeof buildTrie> | undefined;
// English prepositions before a town named again (lower case as printed: "At" opens a sentence).
const PLACE_PREPOSITIONS = new Set(["at", "in", "from", "to", "near", "off", "outside"]);

/**
 * `filedAt`: the first token of the report's dateline. A dateline names a city, so a name that is
 * also a common word opens it as the city ("العقبة (بترا) -"), and an ambiguous name as the city of
 * its pair ("عمان -" is Amman, whose state is then named).
 */
export function findPlaceHits(tokens: readonly Token[], text: string, filedAt?: number, forTagger = false): PlaceHit[] {
  gazetteer ??= buildTrie();
  const { trie, byId } = gazetteer;
  const out: PlaceHit[] = [];
  const read = readLatinCase(trie, tokens, text, trie.findAll(tokens, text)).filter((m) => {
    if (forTagger && m.first === m.last && RULES_ONLY_HOMONYMS.has(wordKey(m.surface))) return false;
    // "دعم مالي": the adjective, not the state.
    const adjectiveAfter = m.first === m.last ? ADJECTIVE_AFTER.get(wordKey(m.surface)) : undefined;
    if (adjectiveAfter && adjectiveAfter.has(tokens[m.first - 1]?.key ?? "")) return false;
    const demonymCues = m.first === m.last ? DEMONYM_FORM_CUES.get(wordKey(m.surface)) : undefined;
    if (demonymCues && !demonymCues.has((tokens[m.first - 1]?.key ?? "").replace(/^[وف](?=..)/u, ""))) return false;
    // "كابل اتصالات بحري": the noun, not the city.
    const nounBefore = m.first === m.last ? NOUN_BEFORE.get(wordKey(m.surface)) : undefined;
    if (nounBefore && nounBefore.has(tokens[m.first + 1]?.key ?? "")) return false;
    // "الضفة الغربية لبحيرة X": a river's or a lake's bank, not the West Bank.
    if (namesRiverBank(tokens, m.first, m.last)) return false;
    // "known locally as the Boma.": a town's name after a lower-case "the" that closes the phrase
    // names a thing called so (an office, a building), no town: towns take no article.
    if (namesThingAfterArticle(tokens, m)) return false;
    // "من بلدة ببنين", "كبيرا": no proclitic can stand there; the word is read whole.
    return !(m.clitic && isImpossibleProclitic(tokens, m, m.value.kind, m.surface));
  });
  const isHomonym = (m: PhraseMatch<PlaceEntry>) => m.first === m.last && HOMONYMS.has(wordKey(m.surface));
  const isName = (m: PhraseMatch<PlaceEntry>) => !m.value.demonym && (tokens[m.first]!.arabic || tokens[m.first]!.capital);
  const cued = (m: PhraseMatch<PlaceEntry>) => {
    // "العقبة 4 آذار (بترا) -": a dateline names the city it was filed from.
    // "المفرق – الرأي": a name opening a line before a dash is a dateline too, though the outlet after
    // the dash was not known for one. A region is filed from by no one: "الخليج - عربي ودولي" is a
    // daily's name over its section.
    if ((forTagger || m.value.kind !== "region") && (m.first === filedAt || (m.first === m.last && opensLineBeforeDash(tokens, m.first)))) return true;
    const prev = tokens[m.first - 1];
    // "the port of Kiel", "the city of Phoenix": the cue before "of".
    const cue = prev?.key === "of" ? tokens[m.first - 2] : prev;
    // "في النعمة، عاصمة الولاية": a comma and a town's standing after the name.
    return (!!cue && (HOMONYM_CUES.has(cue.key) || (!forTagger && RULES_ONLY_CUES.has(cue.key)))) || hasTownAppositive(tokens, m.last) || homonymAsDestination(tokens, m.first, m.last) || describedByWhere(tokens, m.first, m.last) || (m.first === m.last && isConsularPost(tokens, m.first, m.clitic));
  };
  // A homonym the article names a town once ("في مدينة أدري") stands beside the places it is
  // listed with elsewhere as a place of its own ("بين أدري والجنينة").
  const cuedWords = new Set(read.filter((m) => isHomonym(m) && cued(m)).map((m) => wordKey(m.surface)));
  const sure = read.filter((m) => isName(m) && (!isHomonym(m) || cuedWords.has(wordKey(m.surface))));
  // "the navy's base at Bar … berthed at Bar": a homonym the article names a town once is that town
  // again after an English preposition of place.
  const placedAgain = (m: PhraseMatch<PlaceEntry>) => cuedWords.has(wordKey(m.surface)) && !tokens[m.first]!.arabic && !tokens[m.first]!.lineStart && PLACE_PREPOSITIONS.has(tokens[m.first - 1]?.text ?? "");
  const matches = read.filter((m) => !isHomonym(m) || cued(m) || listedAmongPlaces(tokens, m, sure) || placedAgain(m));
  const named = new Set(matches.map((m) => m.value.iso2));
  // The states named by other words than a shared name: its default's own state does not count.
  const sharedDemonym = (m: PhraseMatch<PlaceEntry>) => (m.value.demonym && m.value.iso2 ? SHARED_DEMONYMS.get(m.value.iso2) : undefined);
  const namedApart = new Set(matches.filter((m) => !AMBIGUOUS[wordKey(m.surface)] && !sharedDemonym(m)).map((m) => m.value.iso2));
  const filed = matches.find((m) => m.first === m.last && (m.first === filedAt || opensLineBeforeDash(tokens, m.first)));
  const filedAmbiguous = filed && AMBIGUOUS[wordKey(filed.surface)];
  // A dateline names a city (عمان - is Amman); of two cities (طرابلس) it picks neither.
  if (filedAmbiguous && !filedAmbiguous.unlessNamed) named.add(filedAmbiguous.when);
  for (const m of matches) {
    // Latin names are proper nouns: "us" is no country, "US" is.
    const t0 = tokens[m.first]!;
    if (!t0.arabic && !t0.capital && !listedInLowerCase(m)) continue;
    let e = m.value;
    const amb = AMBIGUOUS[wordKey(m.surface)] ?? sharedDemonym(m);
    // A shared name of two words ("Boa Vista") is read as one of one word is.
    if (amb) {
      const prev = tokens[m.first - 1];
      const blocked = prev && amb.unless.some((u) => wordKey(u) === prev.key);
      const alt = byId.get(amb.alternative);
      // طرابلس in a report naming Lebanon and Libya both stays the Libyan capital.
      const keptByDefault = !!amb.unlessNamed && namedApart.has(amb.unlessNamed);
      if (alt && !blocked && ((named.has(amb.when) && !keptByDefault) || (!!amb.spelledWith && m.surface.endsWith(amb.spelledWith)))) e = m.value.demonym ? { ...alt, demonym: true } : alt;
    }
    const part = partOfRegion(tokens, m.last, e);
    const last = part ? m.last + 1 : m.last;
    const end = tokens[last]!.end;
    const surface = part ? text.slice(m.start, end) : m.surface;
    out.push({
      start: m.start,
      end,
      surface,
      name: part ? `${e.name} ${part}` : e.name,
      kind: e.kind,
      iso2: e.iso2,
      lat: e.lat,
      lon: e.lon,
      viaDemonym: e.demonym,
      firstToken: m.first,
      lastToken: last,
      id: part ? `${e.id}:${wordKey(part)}` : e.id,
    });
  }
  return out;
}

// Marks that close a phrase (not a dash: "the Garissa–Dadaab road" names a road by its towns).
const CLOSING_MARKS = new Set([",", ".", ";", ":", "!", "?", ")"]);

/** "as the Boma,": a town of one word after a lower-case "the", with punctuation or the line's end after it. */
function namesThingAfterArticle(tokens: readonly Token[], m: PhraseMatch<PlaceEntry>): boolean {
  const the = tokens[m.first - 1];
  const next = tokens[m.last + 1];
  if (m.value.kind !== "city" || m.first !== m.last || tokens[m.first]!.arabic || !the || the.text !== "the" || tokens[m.first]!.lineStart) return false;
  return !next || next.lineStart || CLOSING_MARKS.has(next.text);
}

/**
 * "عمان - وكالات" on a line of its own above the report: a name opening a line right before a dash
 * is the dateline's, and a dateline names the city filed from, not a state ("سلطنة عمان" names the
 * state). The layout's dateline is only the one opening the first body line.
 */
function opensLineBeforeDash(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k + 1];
  return !!tokens[k]!.lineStart && !!dash && (dash.text === "-" || dash.text === "–" || dash.text === "—") && !dash.lineStart;
}

/**
 * Latin names are proper nouns, so a match opening with a lower-case word ("the Gulf") is none; the
 * words after it are read again, so it hides no name it overlaps ("the Gulf of Aden") or ends
 * ("central Mediterranean" reads Mediterranean).
 */
/**
 * "sub-Saharan Africa": an English form the lexicon itself lists opening in lower case is printed so
 * by rule (a prefix before a proper noun), and is a name as printed.
 */
const LOWER_CASE_FORMS = new Set(regions.flatMap((r) => r.en).filter((n) => /^[a-z]+-[A-Z]/u.test(n)));
const listedInLowerCase = (m: PhraseMatch<PlaceEntry>) => LOWER_CASE_FORMS.has(m.surface);

function readLatinCase(trie: PhraseTrie<PlaceEntry>, tokens: readonly Token[], text: string, matches: PhraseMatch<PlaceEntry>[]): PhraseMatch<PlaceEntry>[] {
  const out: PhraseMatch<PlaceEntry>[] = [];
  let readTo = -1;
  for (const m of matches) {
    if (m.first <= readTo) continue;
    const t0 = tokens[m.first]!;
    if (t0.arabic || t0.capital || m.first === m.last || listedInLowerCase(m)) {
      out.push(m);
      continue;
    }
    const again = trie.matchAt(tokens, m.first + 1, text);
    if (again && again.last >= m.last) {
      out.push(again);
      readTo = again.last;
    }
  }
  return out;
}

// "ريف حمص الغربي", "القلمون الشرقي": a masculine direction after a region of one state names a part
// of it, a place of its own. (A feminine one may agree with a noun before the name: "حدود سيناء الشرقية".)
const REGION_PARTS = new Set(["الغربي", "الشرقي", "الشمالي", "الجنوبي", "الأوسط"].map(wordKey));

function partOfRegion(tokens: readonly Token[], last: number, e: PlaceEntry): string | null {
  const next = tokens[last + 1];
  if (e.kind !== "region" || !e.iso2 || !next || next.lineStart || !REGION_PARTS.has(next.key)) return null;
  return next.text;
}

/** Country of a word or phrase (name or demonym), for short strings such as a dateline part. */
// Asked of the word after a describing noun in every sentence that tells a happening: the same few words come back.
export const countryOf = keptPerString((phrase: string): string | null => {
  const tokens = tokenize(phrase);
  const hits = findPlaceHits(tokens, phrase);
  return hits[0]?.iso2 ?? null;
});

/** Whether a short string is the name of a place. */
// The metadata readers ask it of the same header lines and their parts many times over.
export const isPlaceName = keptPerString((phrase: string) => namesPlace(phrase));

/**
 * Whether a short string opening a dateline names a place: a town whose name is also a common word
 * ("المفرق" the fork, "الزرقاء" the blue) needs a cue inside a sentence, but a dateline names the
 * city it was filed from.
 */
export const isFiledPlaceName = keptPerString((phrase: string) => namesPlace(phrase, 0));

function namesPlace(phrase: string, filedAt?: number): boolean {
  const tokens = tokenize(phrase);
  const hits = findPlaceHits(tokens, phrase, filedAt).filter((h) => !h.viaDemonym);
  return hits.length > 0 && hits[0]!.firstToken === 0 && hits[hits.length - 1]!.lastToken >= tokens.filter((t) => t.kind !== "punct").length - 1;
}

export { readings };
