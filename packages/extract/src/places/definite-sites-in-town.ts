import type { Ctx } from "../persons/anchor-spans";
import { isStopToken } from "../persons/vocabulary";
import placeRules from "../rules/places.json";
import { matchKey } from "../text/normalize";
import { keptReadings, rawOffsetAfterLetters, wordKey, type Token } from "../text/tokens";
import type { SiteMention } from "./locations";
import { townOfRoom } from "./site-name-ends";

/*
 * "القاعدة البحرية بصفاقس", "المنطقة الحرة في الزرقاء", "المتحف الوطني في كراكوف", "المنطقة
 * الصناعية لبور جنتيل": Arabic names many sites by a definite noun, the adjective of its kind and
 * the town it stands in. The noun and its adjective alone name no one place (every town has its
 * free zone and its national museum), so only with the town are they a site of the story.
 */

// Definite nouns of a site that Arabic names by the town it stands in.
export const TOWN_NAMED_SITE_NOUNS: ReadonlySet<string> = new Set(["القاعدة", "الثكنة", "المعسكر", "المطار", "الميناء", "المرفأ"].map(wordKey));
// Definite nouns of a building or a zone named so only with the adjective of its kind: with no
// adjective the noun is the building said again, no name of a site.
export const KIND_NAMED_SITE_NOUNS: ReadonlySet<string> = new Set(["المنطقة", "المستشفى", "المتحف", "القاعة", "المجمع", "المركب", "المعرض", "المسرح", "القصر", "الفندق", "المكتبة", "المدرسة", "الملعب", "الجامعة"].map(wordKey));

/** The reading of `t` without a proclitic that is one of `nouns`, with the letters cut off. */
export function siteNounReading(t: Token | undefined, nouns: ReadonlySet<string>): { cut: number } | null {
  if (!t || t.kind !== "word" || !t.arabic) return null;
  // Asked of every token: the readings kept on it, no look-up of its key.
  for (const r of keptReadings(t)) if (nouns.has(r.key) && (r.cut === 0 || CLITICS_BEFORE_ARTICLE.test(t.key))) return r;
  return null;
}
const CLITICS_BEFORE_ARTICLE = /^(ب|و|ف|وب|فب)ال/u;

/** A definite word that can agree with a site's noun as its adjective. */
export function isDefiniteAdjective(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && t.arabic && t.key.startsWith("ال") && !isStopToken(t);
}

// "المنطقة الدفاعية الرابعة في X", "المنطقة العسكرية": a zone is a site only as a zone of trade
// or industry; the others are areas of a force's command, no place anyone visits.
const ZONE = wordKey("المنطقة");
const zoneAdjectiveKeys = new Set(placeRules.zoneAdjectives.ar.map((w) => matchKey(w)));
// Read by their own rules: a hospital may be the body treating the wounded
// (hospital-institutions.ts), a palace the ruler's seat (palace-sites.ts).
const readElsewhere = new Set(["المستشفى", "القصر"].map(wordKey));
const NISBA = /(ي|يه)$/u;

/**
 * The town ending a site's name after `last`: ب or في before it, also with مدينة between
 * ("بمدينة كانكان": `townOfRoom`), or ل on it ("لبور جنتيل"). A town with the article after ب
 * ("بالقصر الصغير") is where the site lies rather than part of its name. -1 if none.
 */
function townAfter(ctx: Ctx, last: number): number {
  const { tokens } = ctx.doc;
  const t = tokens[last + 1];
  if (!t || t.lineStart || t.kind !== "word") return -1;
  if (/^[بل]ال/u.test(t.key)) return -1;
  const room = townOfRoom(ctx, last, true);
  if (room > last) return room;
  // "لبور جنتيل": ل on the town's first word, not the article's.
  const town = ctx.placeAt[last + 1];
  if (t.key.startsWith("ل") && !t.key.startsWith("لل") && town && town.kind === "city" && !town.viaDemonym && town.firstToken === last + 1 && town.start > t.start) return town.lastToken;
  return -1;
}

export function findDefiniteSitesInTown(ctx: Ctx): SiteMention[] {
  const { tokens, text } = ctx.doc;
  const found: (SiteMention & { key: string; fi: boolean })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    const reading = siteNounReading(head, TOWN_NAMED_SITE_NOUNS) ?? siteNounReading(head, KIND_NAMED_SITE_NOUNS);
    if (!reading) continue;
    const noun = head.key.slice(reading.cut);
    if (readElsewhere.has(noun)) continue;
    // Up to two adjectives of the site's kind ("البحرية", "الاقتصادية الخاصة").
    let last = i;
    while (last - i < 2 && isDefiniteAdjective(tokens[last + 1]) && !tokens[last + 1]!.lineStart && !ctx.placeAt[last + 1]) {
      const key = tokens[last + 1]!.key;
      if (noun === ZONE ? !zoneAdjectiveKeys.has(key) : !NISBA.test(key) && !zoneAdjectiveKeys.has(key)) break;
      last++;
    }
    if (last === i) continue;
    const end = townAfter(ctx, last);
    if (end < 0) continue;
    const start = head.start + (reading.cut ? rawOffsetAfterLetters(head.text, reading.cut) : 0);
    const nameKey = [noun, ...tokens.slice(i + 1, last + 1).map((t) => t.key), ctx.placeAt[end]!.id].join(" ");
    found.push({ first: i, last: end, start, end: tokens[end]!.end, surface: text.slice(start, tokens[end]!.end), placeOnly: true, key: nameKey, fi: tokens[last + 1]!.key === wordKey("في") });
    i = end;
  }
  // One site printed with its town in several ways ("بكراكوف", "بمدينة كراكوف", "في كراكوف") is
  // listed once, under the form with في, whose town's name stands as a word of its own.
  return found.map(({ key, fi: _fi, ...s }) => ({ ...s, listedAs: (found.find((f) => f.key === key && f.fi) ?? found.find((f) => f.key === key)!).surface }));
}
