import rules from "../rules/organizations.json";
import placeRules from "../rules/places.json";
import type { Ctx } from "../persons/anchor-spans";
import { SHOUTED, withoutSiteAdjective, type LocationRead } from "./locations";
import { matchKey } from "../text/normalize";
import { PhraseTrie } from "../text/phrase-trie";
import { wholeOfCompassPart } from "./compass-named-regions";

/*
 * The other forms a place is printed under in one article: "محافظة المهرة" beside "المهرة",
 * "الساحل والصحراء" beside "منطقة الساحل والصحراء", "Anbar" beside "Anbar Province", "دولة الكويت"
 * beside "الكويت". Analysts list such a place under either form, and a search for one form should
 * find the other; so the form not chosen as the name is kept as an alias.
 */

// Area heads only: "مدينة X" is the town itself and already listed by its bare name; "جبل", "وادي"
// and their like are part of the place's own name.
// The lesser areas of places.json (معتمدية) are read by the rules only.
const AREA_HEADS_AR = ["محافظة", "ولاية", "منطقة", "إقليم", "مقاطعة", "ناحية", "قضاء", ...placeRules.localAreaHeads.ar];
// "مديرية كريتر": Yemen's and Egypt's district, whose noun is also a directorate ("مديرية الأمن"),
// so it reads no unknown name as a place; before a listed one it is still that place's head.
// "حي X", a town's quarter: the noun is also "alive", and analysts list the quarter with it or without.
const ALIAS_ONLY_AREA_HEADS_AR = ["مديرية", "حي"];
const AREA_HEADS_EN = ["Province", "Governorate", "Region", "District", "County"];
const areaHeadTrie = new PhraseTrie<true>([...AREA_HEADS_AR, ...ALIAS_ONLY_AREA_HEADS_AR].map((w) => [w, true] as const));
const areaHeadKeys = new Set(AREA_HEADS_AR.map((w) => matchKey(w)));
const englishAreaHeads = new Set(AREA_HEADS_EN);
// "near Bioko island": a land feature's noun after the name only describes the place (the name is read
// without it: `capitalOnlySiteHeads` in rules/places.json), yet analysts list the island under either form.
const ENGLISH_FEATURE_HEADS = ["island", "peninsula"];
const englishHeadAfterKeys = new Set([...AREA_HEADS_EN.map((w) => w.toLowerCase()), ...ENGLISH_FEATURE_HEADS]);
// Both lists must stay within the heads that read a place at all.
for (const w of AREA_HEADS_AR) if (!rules.placeHeads.region.ar.includes(w) && !placeRules.localAreaHeads.ar.includes(w)) throw new Error(`location-aliases: ${w} is no place head`);
for (const w of AREA_HEADS_EN) if (!rules.placeHeads.region.en.includes(w)) throw new Error(`location-aliases: ${w} is no place head`);

/** The name without an area head it starts (Arabic) or ends (English) with, or null. */
export function withoutAreaHead(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  if (areaHeadKeys.has(matchKey(words[0]!))) return words.slice(1).join(" ");
  if (englishAreaHeads.has(words.at(-1)!)) return words.slice(0, -1).join(" ");
  return null;
}

// "جزيرة كريت" is كريت: an island is printed with its head or without it.
const islandHeadKey = matchKey("جزيرة");

/** The name without the island head it starts with, or a site's name without its last adjective. */
function withoutSiteWords(loc: LocationRead): string | null {
  const words = loc.name.split(/\s+/);
  if (words.length < 2) return null;
  if (matchKey(words[0]!) === islandHeadKey) return words.slice(1).join(" ");
  return loc.kind === "site" ? withoutSiteAdjective(loc.name) : null;
}

/**
 * The place at tokens first..last with the Arabic area head printed right before it ("محافظة
 * المهرة" for "بمحافظة المهرة"); null when no area head stands there.
 */
export function headedFormAt(ctx: Ctx, first: number, last: number): string | null {
  if (first === 0) return null;
  const { tokens, text } = ctx.doc;
  const head = areaHeadTrie.matchAt(tokens, first - 1, text);
  // "المحافظة" is a back-reference, not the head of a name.
  if (!head || head.last !== first - 1 || tokens[first - 1]!.key.startsWith("ال")) return null;
  return `${head.surface} ${text.slice(tokens[first]!.start, tokens[last]!.end)}`;
}

/**
 * "in Anbar province", "off Bioko island": the English name with the area head or the land
 * feature's noun printed right after it, in either case, as printed; null when none follows.
 */
function englishHeadAfter(ctx: Ctx, first: number, last: number): string | null {
  const { tokens, text } = ctx.doc;
  const head = tokens[last + 1];
  if (tokens[last]!.arabic || !head || head.lineStart || head.kind !== "word" || !englishHeadAfterKeys.has(head.key)) return null;
  return text.slice(tokens[first]!.start, head.end);
}

/**
 * The forms of `loc` other than its name: every form its mentions print, the name with an area
 * head printed right before a mention ("بمحافظة المهرة" gives "محافظة المهرة"), the name without
 * the area head it is listed with, and an island's or a site's name without its head or adjective. (A town read as the area around it, "محافظة الزرقاء", is listed
 * by the town's name and keeps its headed form as the alias: no rule here yields the bare town.)
 */
export function locationAliases(ctx: Ctx, loc: LocationRead): string[] {
  const forms: string[] = loc.mentions.map((m) => m.surface).filter((s) => !SHOUTED.test(s));
  for (const { first, last } of loc.spans) {
    const headed = headedFormAt(ctx, first, last) ?? englishHeadAfter(ctx, first, last);
    if (headed) forms.push(headed);
  }
  const whole = loc.id.endsWith(":compass") || loc.kind === "region" ? wholeOfCompassPart(loc.name, loc.country) : null;
  for (const bare of [withoutAreaHead(loc.name), withoutSiteWords(loc), whole]) if (bare) forms.push(bare);
  const seen = new Set([matchKey(loc.name)]);
  const out: string[] = [];
  for (const f of forms) {
    const key = matchKey(f);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/**
 * The aliases of every location, leaving out a form that is the name of another location of the
 * same article: "ولاية كسلا" keeps no alias "كسلا" when the town كسلا is listed apart, since the
 * one name would then point at two places and a search could not tell them apart.
 */
export function aliasesOfAll(ctx: Ctx, locs: readonly LocationRead[]): string[][] {
  const names = new Set(locs.map((l) => matchKey(l.name)));
  return locs.map((l) => locationAliases(ctx, l).filter((a) => !names.has(matchKey(a))));
}
