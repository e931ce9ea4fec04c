import { tokenReadings, wordKey } from "../text/tokens";
import { AR_COMPASS_WORDS } from "../places/compass-named-regions";
import orgRules from "../rules/organizations.json";
import personRules from "../rules/persons.json";
import { organizationsOf } from "../organizations";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { placesIn } from "./coref";
import { isRoleHeadAt } from "./head-lookups";
import { isStopToken } from "./vocabulary";

/**
 * "قام الوفد بزيارة لميناء بني انصار، حيث قدم له مدير الميناء، X": an office closing on a site's
 * or a body's noun with the article (الميناء، المعبر، البوابة، المستشفى، اللجنة، للمنظمة) is held
 * at the site or body of that noun the article named before: the office is rebuilt with its name,
 * and the state of that site or body is the officer's.
 */

const SITE_HEADS = new Set([...orgRules.placeOnlySiteHeads.ar, ...orgRules.siteHeads.ar, ...personRules.officeSiteHeads.ar, ...personRules.officeSiteHeads.plural].map(wordKey));
/** How far back a site may be named: the same paragraph or the one before; a body the organizations read, anywhere before. */
const SITE_WITHIN = 80;
/** A site's own name after its noun, when no gazetteer nor body list knows it. */
const MAX_NAME_WORDS = 4;

export interface SiteOffice {
  role: string;
  state: string | null;
}

export function officeAtSiteSaidAgain(ctx: Ctx, role: RoleSpan): SiteOffice | null {
  const { tokens, text } = ctx.doc;
  // "مدير المرصد الباحث X": the span runs on over the holder's occupation, the office ends where its surface does.
  let end = role.last;
  while (end > role.first && tokens[end]!.end > role.end) end--;
  const noun = tokens[end]!;
  // "المتحدث باسم الجماعة": a spokesman's body said again is read as printed.
  if (!noun.arabic || end === role.first || tokens[end - 1]?.key === "باسم") return null;
  // "للمنظمة", "بالمصلحة": the office's ل or ب is printed again before the name ("لمنظمة …", "بمصلحة …").
  const lam = noun.key.startsWith("لل");
  const ba = noun.key.startsWith("بال");
  if (!lam && !ba && !noun.key.startsWith("ال")) return null;
  const bare = noun.key.slice(ba ? 3 : 2);
  if (!lam && !ba && TOWN_NOUNS.has(bare)) return townNamedBefore(ctx, role, end);
  if (!SITE_HEADS.has(bare)) return lam || ba ? null : areaNamedBefore(ctx, role, end);
  const site = storySiteNamedBefore(ctx, role.first, bare);
  // "المنطقة الحرة في الزرقاء … مدير المنطقة": a site's noun with no name printed before may still name an area.
  if (!site) return lam || ba ? null : areaNamedBefore(ctx, role, end);
  return { role: `${text.slice(role.start, noun.start)}${lam ? "ل" : ba ? "ب" : ""}${site.surface}`, state: site.state };
}

const TOWN_NOUNS = new Set(personRules.townSaidAgain.ar.map(wordKey));

/**
 * "زار الوفد الموقع الصناعي لبور جنتيل، برفقة عمدة المدينة، X": an office closing on the noun of a
 * town with the article is held in the town named last before it in the paragraph or the one before
 * (a city of the gazetteer, by its name): "عمدة بور جنتيل", and its state is the officer's.
 */
function townNamedBefore(ctx: Ctx, role: RoleSpan, end: number): SiteOffice | null {
  const { tokens, text } = ctx.doc;
  const office = text.slice(role.start, tokens[end]!.start);
  for (let k = role.first - 1; k >= 0 && role.first - k <= SITE_WITHIN; k--) {
    const place = ctx.placeAt[k];
    if (!place || place.kind !== "city" || place.viaDemonym || place.lastToken >= role.first) continue;
    return { role: `${office}${place.surface}`, state: place.iso2 };
  }
  return null;
}

/**
 * "زار الوفد المنطقة الحرة في الزرقاء … مدير المنطقة": a definite noun the article printed before
 * with an adjective of kind and the town it is in after في is the area an office closing on that
 * noun is held in; rebuilt with the adjective and the town, whose state is the officer's.
 */
function areaNamedBefore(ctx: Ctx, role: RoleSpan, end: number): SiteOffice | null {
  const { tokens, text } = ctx.doc;
  const before = role.first;
  const key = tokens[end]!.key;
  const office = text.slice(role.start, tokens[end]!.start);
  for (let k = before - 1; k >= 0 && before - k <= SITE_WITHIN; k--) {
    const head = tokenReadings(tokens[k]!).find((r) => r.key === key);
    const kind = tokens[k + 1];
    if (!head || !kind?.arabic || !kind.key.startsWith("ال") || ctx.placeAt[k + 1] || tokens[k + 2]?.key !== "في") continue;
    const place = ctx.placeAt[k + 3];
    if (!place?.iso2 || place.viaDemonym || place.firstToken !== k + 3 || place.lastToken >= before) continue;
    return { role: `${office}${tokens[k]!.text.slice(head.cut)} ${text.slice(kind.start, tokens[place.lastToken]!.end)}`, state: place.iso2 };
  }
  return null;
}

/** A site named in full: its noun as printed (no clitic) and its name, and the state of the places in it. */
export interface NamedSite {
  surface: string;
  state: string | null;
  /** Token of the site's noun. */
  at: number;
}

/** The site named at k with the head `bare` (any site head if null), its name read near or far; null if none. */
function siteAt(ctx: Ctx, k: number, before: number, bare: string | null, reach: "near" | "body" | "place"): NamedSite | null {
  const { tokens, text } = ctx.doc;
  const t = tokens[k]!;
  const readings = t.arabic ? tokenReadings(t) : [];
  const head = readings.find((r) => (bare === null ? SITE_HEADS.has(r.key) : r.key === bare));
  // The noun with the article again ("في المنفذ") names nothing, unless a kind and a town follow.
  const definite = readings.find((r) => r.key.startsWith("ال") && (bare === null ? SITE_HEADS.has(r.key.slice(2)) : r.key.slice(2) === bare));
  if (definite) return definiteSiteAt(ctx, k, before, definite.cut);
  if (!head || /ال$/u.test(t.text.slice(0, head.cut))) return null;
  const last = reach === "near" ? siteNameEnd(ctx, k + 1) : reach === "place" ? placeNameEnd(ctx, k + 1) : bodyNameEnd(ctx, k + 1);
  if (last < 0 || last >= before) return null;
  const state = stateWhereSited(ctx, last) ?? placesIn(ctx, k + 1, last).find((p) => p.iso2)?.iso2 ?? null;
  return { surface: `${t.text.slice(head.cut)} ${text.slice(tokens[k + 1]!.start, tokens[last]!.end)}`, state, at: k };
}

/**
 * "في المستشفى الجامعي بباراكو": a site's noun with the article, its kind and the town it stands in
 * after it (ب or في), names that one site as well as a name of its own would; `cut` is where the
 * article opens in the printed noun.
 */
function definiteSiteAt(ctx: Ctx, k: number, before: number, cut: number): NamedSite | null {
  const { tokens, text } = ctx.doc;
  let last = k;
  while (tokens[last + 1] && !tokens[last + 1]!.lineStart && kindAdjective(ctx, last + 1)) last++;
  if (last === k) return null;
  const state = stateWhereSited(ctx, last);
  const town = ctx.placeAt[last + 1] ?? ctx.placeAt[last + 2];
  if (!state || !town || town.lastToken >= before) return null;
  return { surface: text.slice(tokens[k]!.start + cut, tokens[town.lastToken]!.end), state, at: k };
}

/**
 * The site with the head `bare` named last before token `before`: in the same paragraph or the one
 * before by any name, farther back where a body the organizations read opens, or where the noun
 * goes before a place the gazetteer knows ("منفذ عرعر الحدودي" in the lead), nearest first.
 */
export function siteNamedBefore(ctx: Ctx, before: number, bare: string): NamedSite | null {
  const nearFrom = Math.max(0, before - SITE_WITHIN);
  for (let k = before - 1; k >= nearFrom; k--) {
    const site = siteAt(ctx, k, before, bare, "near");
    if (site) return site;
  }
  const bodyStarts = new Set(organizationsOf(ctx).mentions.map((o) => o.first));
  for (let k = nearFrom - 1; k >= 0; k--) {
    const site = siteAt(ctx, k, before, bare, bodyStarts.has(k) ? "body" : "place");
    if (site) return site;
  }
  return null;
}

/**
 * "افتتاح وحدة في مستشفى X" in the headline and the lead, "أتموا تدريبهم في مستشفى Y" in passing,
 * then "مديرة المستشفى": the office is held at the site the story is about, printed more often than
 * one named once in passing nearer the office; the nearest one when none is printed more often.
 */
function storySiteNamedBefore(ctx: Ctx, before: number, bare: string): NamedSite | null {
  const nearest = siteNamedBefore(ctx, before, bare);
  if (!nearest) return null;
  const sites: NamedSite[] = [];
  for (let k = 0; k < before; k++) {
    const site = siteAt(ctx, k, before, bare, "near");
    if (site) sites.push(site);
  }
  // "مستشفى X بدومينيكا" and "مستشفى X": a name printed again with the town after it is the same site.
  const same = (a: NamedSite, b: NamedSite) => `${a.surface} `.startsWith(`${b.surface} `) || `${b.surface} `.startsWith(`${a.surface} `);
  const told = (a: NamedSite) => sites.filter((b) => same(a, b)).length;
  const most = [...sites].sort((a, b) => told(b) - told(a) || a.surface.length - b.surface.length)[0];
  return most && told(most) > Math.max(1, told(nearest)) ? most : nearest;
}

/** Whether a site's noun takes ها (مصلحة، بوابة، and a plural: موانئ) rather than ه (مستشفى، منفذ). */
const PLURAL_HEADS = new Set(personRules.officeSiteHeads.plural.map(wordKey));
const feminineNoun = (key: string) => /(ه|ة)$/u.test(key) || PLURAL_HEADS.has(key);

/**
 * "زار الوفد مستشفى X، واطلع من مديره": the site a pronoun on an office points to, named last in
 * the sentence before it (`within` tokens, no paragraph between), its noun agreeing with the
 * pronoun; or, when its noun is printed again with the article right before the office ("عن
 * المرفأ مديره العام"), the site with that noun named anywhere before.
 */
export function siteOfPronoun(ctx: Ctx, i: number, feminine: boolean, within: number, inSentence: (k: number) => boolean): NamedSite | null {
  const { tokens } = ctx.doc;
  for (let k = i - 1; k >= 0 && i - k <= SAID_AGAIN_WITHIN; k--) {
    const again = tokenReadings(tokens[k]!).find((r) => r.key.startsWith("ال") && SITE_HEADS.has(r.key.slice(2)));
    if (again && feminineNoun(again.key) === feminine) return siteNamedBefore(ctx, k, again.key.slice(2));
  }
  for (let k = i - 1; k >= 0 && i - k <= within; k--) {
    if (tokens[k + 1]!.lineStart && k + 1 < i) return null;
    // "زار الوزير المتحف الوطني في X، حيث رافقه مديره": a site named by its noun with the article,
    // its kind and its town (read by `definiteSiteAt`), as well as one named by a name of its own.
    const bare = tokenReadings(tokens[k]!).map((r) => (r.key.startsWith("ال") && SITE_HEADS.has(r.key.slice(2)) ? r.key.slice(2) : r.key)).find((key) => SITE_HEADS.has(key));
    if (!bare || feminineNoun(bare) !== feminine) continue;
    const site = siteAt(ctx, k, i, bare, "near") ?? (inSentence(k) ? definiteSiteOfSentence(ctx, k, bare) : null);
    if (site) return site;
  }
  return null;
}

/**
 * "زار المتحف الأوقيانوغرافي المطل على البحر، حيث رافقته مديرته": in the pronoun's own sentence the
 * site's noun with the article and an adjective of its kind is the one site the pronoun points to,
 * with no town after it (`inSentence` of siteOfPronoun: where no body is named before the pronoun).
 */
function definiteSiteOfSentence(ctx: Ctx, k: number, bare: string): NamedSite | null {
  const { tokens, text } = ctx.doc;
  const definite = tokenReadings(tokens[k]!).find((r) => r.key === `ال${bare}`);
  if (!definite) return null;
  let last = k;
  while (tokens[last + 1] && !tokens[last + 1]!.lineStart && kindAdjective(ctx, last + 1)) last++;
  if (last === k) return null;
  return { surface: text.slice(tokens[k]!.start + definite.cut, tokens[last]!.end), state: stateWhereSited(ctx, last), at: k };
}

/** How near before the office its site's noun may be printed again ("عن المرفأ مديره"). */
const SAID_AGAIN_WITHIN = 3;

/**
 * Last token of the site's name at j: a body the organizations read, a place the gazetteer knows,
 * or up to four words of its own; -1 if none. The own name ends at punctuation, a stop word, an
 * office or a nationality (kept), and leaves out a trailing adjective of kind ("منفذ X الحدودي").
 */
function siteNameEnd(ctx: Ctx, j: number): number {
  const body = bodyNameEnd(ctx, j);
  if (body >= 0) return body;
  const place = ctx.placeAt[j];
  if (place && place.firstToken === j) return place.lastToken;
  let k = j;
  while (k < j + MAX_NAME_WORDS && ownNameWord(ctx, k, j)) k++;
  while (k > j && kindAdjective(ctx, k - 1)) k--;
  if (k === j) return -1;
  // "مصلحة الآثار الليبية": a nationality closing the own name is the state the site or service is of.
  const nationality = ctx.placeAt[k];
  return nationality?.viaDemonym && nationality.firstToken === k && !ctx.doc.tokens[k]!.lineStart ? nationality.lastToken : k - 1;
}

/** Last token of a place the gazetteer knows opening at j, read by its name ("عرعر"), not by a demonym; -1 if none. */
function placeNameEnd(ctx: Ctx, j: number): number {
  const place = ctx.placeAt[j];
  return place && place.firstToken === j && !place.viaDemonym ? place.lastToken : -1;
}

function bodyNameEnd(ctx: Ctx, j: number): number {
  return organizationsOf(ctx).mentions.find((o) => o.first === j - 1 && o.last >= j)?.last ?? -1;
}

function ownNameWord(ctx: Ctx, k: number, j: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== "word" || !t.arabic || (t.lineStart && k > j) || isStopToken(t) || isRoleHeadAt(ctx, k)) return false;
  // "منطقة X الأثرية شمال شرقي العاصمة", "حوض X التابع لمجموعة Y": where or whose the site is, no word of its name.
  if (k > j && (COMPASS_KEYS.has(t.key) || SITE_NAME_STOPS.has(t.key))) return false;
  const place = ctx.placeAt[k];
  return !place?.viaDemonym;
}

const COMPASS_KEYS = new Set(AR_COMPASS_WORDS.flatMap((w) => [wordKey(w), wordKey(`${w}ي`)]));
const SITE_NAME_STOPS = new Set(personRules.siteNameStops.ar.map(wordKey));

/**
 * "منفذ X الحدودي غربي محافظة Y", "مطار X في Y": the place printed right after a site's name as
 * where it stands gives its state, before the town the site is named after (a crossing is often
 * named after the town across the border).
 */
function stateWhereSited(ctx: Ctx, last: number): string | null {
  const { tokens } = ctx.doc;
  let k = last + 1;
  while (tokens[k] && kindAdjective(ctx, k)) k++;
  const t = tokens[k];
  if (!t || !t.arabic || t.lineStart) return null;
  const at = t.key === "في" || COMPASS_KEYS.has(t.key) ? k + 1 : k;
  if (at === k && !t.key.startsWith("ب")) return null;
  const place = [ctx.placeAt[at], ctx.placeAt[at + 1]].find((p) => p && !p.viaDemonym && (p.firstToken === at || p.firstToken === at + 1));
  return place?.iso2 ?? null;
}

/** "الحدودي", "البحرية": a definite nisba no gazetteer knows tells the site's kind, not its name. */
function kindAdjective(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  // "إلى" folds to الي: a preposition, no adjective.
  return t.key.startsWith("ال") && t.key.length > 3 && /(ي|يه)$/u.test(t.key) && !ctx.placeAt[k];
}
