import placeRules from "../rules/places.json";
import type { Ctx } from "../persons/anchor-spans";
import { isOrgHeadAt } from "../persons/head-lookups";
import { givenNameKeys } from "../persons/vocabulary";
import { isEponymTitle } from "../persons/eponyms";
import { matchKey } from "../text/normalize";
import { readings, tokenReadsAs, type Token } from "../text/tokens";
import { isPlaceNounSaidAgain, isSiteNounNamedOn } from "./place-noun-said-again";

/*
 * Where the words after a site's noun stop naming it. Word lists: rules/places.json.
 */

const baseKeys = new Set([matchKey("قاعدة")]);
const dataKeys = new Set(placeRules.dataNouns.map((w) => matchKey(w)));
const elativeKeys = new Set(placeRules.appositionElatives.map((w) => matchKey(w)));

/** "قاعدة البيانات الخاصة بالشاحنات": the base's noun before a word of data is a database, no site. */
export function namesDatabase(tokens: readonly Token[], head: number, next: number): boolean {
  return tokenReadsAs(tokens[head]!, baseKeys) && dataKeys.has(tokens[next]!.key);
}

/**
 * "ويعد منفذ X الشريان التجاري الأهم": a definite noun at `j` that an elative closes one or two
 * words on is an apposition saying what the named site is; the name ended before it.
 */
export function opensElativeApposition(tokens: readonly Token[], j: number): boolean {
  if (!tokens[j]!.key.startsWith("ال")) return false;
  for (let k = j + 1; k <= j + 2; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.lineStart) return false;
    if (elativeKeys.has(t.key)) return true;
  }
  return false;
}

/**
 * "بميناء جوادر محضر اجتماع": a town the gazetteer lists, right before `j`, completes the site's
 * name (ميناء جوادر); an indefinite word after it is the sentence going on (the verb's object), no
 * word of the name, which takes only definite adjectives there (ميناء جوادر الجديد). So does any
 * listed place that names the site alone, right after its noun at `head` or listed with it
 * ("جزيرة كريت تطوير التدريبات": a headline prints no comma).
 */
export function indefiniteAfterListedTown(ctx: Ctx, head: number, j: number): boolean {
  const town = ctx.placeAt[j - 1];
  const t = ctx.doc.tokens[j]!;
  const namesSite = !!town && (town.kind === "city" || town.firstToken <= head + 1);
  return namesSite && !town.viaDemonym && town.lastToken === j - 1 && !ctx.placeAt[j] && !/^(ال|لل)/u.test(t.key);
}

const relationalKeys = new Set(placeRules.relationalAdjectives.ar.map((w) => matchKey(w)));

/**
 * "جزيرة X المجاورة", "منفذ X المقابل", "قاعدة X البحرية المطلة على …": after a site's name an
 * adjective placing it against another site (neighbouring, opposite, nearby) or a participle of
 * where it lies or what it overlooks says how it lies; the name ends before it. `j` is
 * the word, `head` the site's noun: right after the noun it is the name's only word, kept.
 */
export function placesSiteAgainstAnother(tokens: readonly Token[], head: number, j: number): boolean {
  return j > head + 1 && relationalKeys.has(tokens[j]!.key);
}

// "historic": what the site is to the writer, no word of its name.
const historicKeys = new Set(["التاريخي", "التاريخية"].map((w) => matchKey(w)));

/**
 * "ساحة X التاريخية", "قصر Y التاريخي": after a site's name the adjective "historic" praises the
 * site, and the name ends before it (the same site is printed without it elsewhere). `j` is the
 * word, `head` the site's noun: right after the noun it is the name's only word, kept.
 */
export function praisesSiteAsHistoric(tokens: readonly Token[], head: number, j: number): boolean {
  return j > head + 1 && historicKeys.has(tokens[j]!.key);
}

/**
 * "قاعة البلدية في أدري", "مبنى البلدية بأدري", "مقر المؤسسة بالطاهير": the town after ب or في that
 * tells apart a site named by common words only, the name's new end (else `last`). With
 * `cityWord`, for sites that are named by their town alone ("المستشفى الجهوي بمدينة كانكان"), the
 * word for a town may stand between ب and the town's name; after في it says where the site lies
 * ("مقر الولاية في مدينة X"), no part of its name.
 */
export function townOfRoom(ctx: Ctx, last: number, cityWord = false): number {
  const t = ctx.doc.tokens[last + 1];
  const fi = t?.key === matchKey("في");
  const city = cityWord && !fi && !!t && t.key.startsWith("ب") && readings(t.key).some((r) => r.key === CITY_KEY && r.cut > 0);
  const at = (fi ? last + 2 : last + 1) + (city ? 1 : 0);
  const town = ctx.placeAt[at];
  if (!t || t.lineStart || !town || town.kind !== "city" || town.viaDemonym || town.firstToken !== at || ctx.doc.tokens[at]!.lineStart) return last;
  return fi || (t.key.startsWith("ب") && readings(t.key).some((r) => r.cut)) ? town.lastToken : last;
}
const CITY_KEY = matchKey("مدينة");

/**
 * "مقر قيادة القوة الدولية", "قاعة الاجتماعات الكبرى": a site whose words after its noun are
 * common words only, closing on a definite one, with no place among them: it is no name anyone could
 * find without the town it stands in, unless the first of them is another site's noun named on
 * ("مبنى القصر الاتحادي"). The seat of a body named by a body's head ("مقر القوات
 * البحرية المشتركة") is the body's own, named without its town, unless the body is named by the
 * area it serves said again ("مقر أمانة حكومة الولاية": the state's, which only the town tells).
 */
export function namedByCommonWordsOnly(ctx: Ctx, head: number, last: number): boolean {
  if (last <= head + 1 || (isOrgHeadAt(ctx, head + 1) && !isPlaceNounSaidAgain(ctx.doc.tokens[last]!))) return false;
  const { tokens } = ctx.doc;
  // "مبنى القصر الاتحادي": a building named by the site it belongs to, a known name of its own.
  if (isSiteNounNamedOn(tokens[head + 1]!, tokens[head + 2])) return false;
  for (let k = head + 1; k <= last; k++) if (ctx.placeAt[k] || !tokens[k]!.arabic) return false;
  // "قاعدة الملك فيصل البحرية": a given name after a king's or prince's title names the site.
  for (let k = head + 2; k <= last; k++) if (givenNameKeys.has(tokens[k]!.key) && isEponymTitle(tokens[k - 1]!.key)) return false;
  return tokens[last]!.key.startsWith("ال");
}

/**
 * "مقر قيادة القوة الدولية في الناقورة": the town after في completes a site named by common words
 * only (the name's new end, else `last`). After ب the town is kept by the rules above only, for a
 * body's seat "بالرباط" is as often where it is as part of its name.
 */
export function townAfterFi(ctx: Ctx, last: number): number {
  return ctx.doc.tokens[last + 1]?.key === matchKey("في") ? townOfRoom(ctx, last) : last;
}
