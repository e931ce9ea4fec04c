import { isFunctionWord } from "../text/function-words";
import { readings } from "../text/tokens";
import { quotedNameEnd } from "../text/quotes";
import { type Ctx, isPlaceToken } from "./anchor-spans";
import { isOrgHeadAt, isPlaceHeadAt } from "./head-lookups";
import { opensPatronymic } from "./name-objects";
import { rankAt } from "./ranks";
import { DELEGATION_NOUNS } from "./venue";
import { hasTanween, isCalendarWord, isGivenName, isStopToken, NAME_CONNECTORS, NAME_OPENERS, officeAreaKeys, pluralRoleKeys, roleContinuerKeys, roleStopKeys, unitOrdinalKeys } from "./vocabulary";
import { hamzaAlName, opensNameWithArticle, verbLike } from "./word-shapes";

/**
 * The Arabic words after a role head that still belong to the office: definite complements, the
 * body or area it is of, construct chains of bare nouns, a second field joined with و.
 */

// The first word of a compound ordinal ("الحادي عشر", "الثانية عشرة").
const ORDINAL_UNITS = /^ال(حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)[ةه]?$/;

/** Arabic words that can continue a role phrase. */
export function roleContinues(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (t.kind !== "word") return false;
  if (isPlaceToken(ctx, k)) return true;
  const rs = readings(t.key);
  if (rs.some((r) => roleContinuerKeys.has(r.key))) return true;
  if (!t.arabic) return false;
  if (rs.some((r) => roleStopKeys.has(r.key))) return false;
  if (opensPatronymic(ctx.doc.tokens, k)) return false;
  // "… القومي ألماز سادييف": a word printed with a hamza on its alef is no definite word.
  if (hamzaAlName(t, ctx.doc.tokens[k + 1])) return false;
  if (opensNameWithArticle(ctx.doc.tokens, k)) return false;
  if (t.key.startsWith("ال") && t.key.length > 3 && !hasTanween(t)) return true;
  // "والعلاقات العامة", "بالجيش": a clitic on a definite word keeps the phrase going.
  if (rs.some((r) => r.cut > 0 && r.key.startsWith("ال") && r.key.length > 3) && !hasTanween(t)) return true;
  // "قائد الفيلق الثاني عشر", "الفرقة الثانية عشرة": the ten of a compound ordinal is no definite word.
  if (/^عشر[ةه]?$/.test(t.key) && ORDINAL_UNITS.test(ctx.doc.tokens[k - 1]?.key ?? "")) return true;
  // "لإدارة الجمارك والضرائب غير المباشرة": غير before a definite adjective negates it, inside the office.
  if (t.key === "غير" && ctx.doc.tokens[k - 1]?.key.includes("ال") && ctx.doc.tokens[k + 1]?.key.startsWith("ال")) return true;
  if (isStopToken(t)) return false;
  // Definite words (الدفاع، المصرية), genitive/prepositional ones (للقوات، لشؤون، بالجيش، بجمهورية).
  if (t.key.startsWith("ال") && t.key.length > 3) return true;
  // "وزيرة الطاقة ليلى الشابي": a known given name opening with ل or ب is the name after the office.
  if (isGivenName(t)) return false;
  if (/^(لل|بال|وال|لشو|لش|ل|ب)/.test(t.key) && t.key.length > 3) return true;
  return false;
}

/**
 * An indefinite word that still belongs to a role because the word before it asks for a name:
 * the body a spokesman speaks for ("المتحدث باسم خلية الإعلام"), the affairs an envoy deals with
 * ("لشؤون نزع السلاح"), the rest of a body's name after
 * its head ("قوات خفر السواحل"), or the area of a local office ("رئيس بلدية كفركلا"). A personal
 * name never opens there: a given name ends the role.
 */
export function namesBodyOrArea(ctx: Ctx, last: number, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  if (!t.arabic || t.kind !== "word" || isGivenName(t) || isStopToken(t) || rankAt(ctx, j)) return false;
  const before = tokens[last]!;
  if (officeAreaKeys.has(before.key) || isPlaceHeadAt(ctx, last)) return true;
  // "رئيس اللجنة عبد القادر …": عبد and أبو before a definite word open a compound given name, not
  // a construct of the body's name.
  if (t.key === "عبد" || t.key === "ابو") return false;
  // A body's name goes on as a construct: the indefinite word takes a definite one after it.
  const definiteNext = tokens[j + 1]?.arabic === true && tokens[j + 1]!.key.startsWith("ال");
  // "لشؤون نزع السلاح": the affairs an office deals with are named by a construct too.
  return definiteNext && (before.key === "باسم" || readings(before.key).some((r) => r.key === "شوون") || isOrgHeadAt(ctx, last));
}

const ownFirstLetter = (key: string) => (key.startsWith("و") && [...key].length >= 4) || (key.startsWith("ف") && [...key].length >= 3);

/** An indefinite Arabic noun that can stand inside a construct chain (not a name, a verb or a time). */
function isBareNoun(ctx: Ctx, j: number, rightAfterHead = false): boolean {
  const t = ctx.doc.tokens[j];
  if (!t || t.kind !== "word" || !t.arabic || t.lineStart) return false;
  // "رئيسة وفد الجمعية": a delegation is the body its head leads, though its noun is short and opens with و.
  if (rightAfterHead && DELEGATION_NOUNS.has(t.key)) return true;
  // Right after an indefinite head in construct no conjunction can stand, so the و of "قائد وحدة …"
  // and the ف of "قائد فوج …", "مدير فرع …" are the noun's own letter.
  if (t.key.startsWith("ال") || (/^[وفي]/.test(t.key) && !(rightAfterHead && ownFirstLetter(t.key))) || NAME_CONNECTORS.has(t.key) || NAME_OPENERS.has(t.key) || isGivenName(t)) return false;
  // The name reader's stop list holds nouns of offices too (مكتب، إدارة); only its short words and
  // the function words of the language break a construct.
  if (isFunctionWord(t) || (isStopToken(t) && [...t.key].length <= 3)) return false;
  return !isCalendarWord(t) && !verbLike(t) && !rankAt(ctx, j) && !isPlaceToken(ctx, j);
}

/**
 * "قائد حامية بلدة السنديان", "مدير مكتب شؤون اللاجئين": an indefinite head in construct with bare
 * nouns names an office the role lists do not hold, when the chain closes on a definite word or a
 * place, as a construct does. Returns the chain's last token, or -1. A head that ends on a
 * definite word governs nothing more (الرئيس تبون, رئيس الوزراء عبد الله …: a title and a name),
 * so only an indefinite one opens a chain.
 */
export function constructAfterHead(ctx: Ctx, headLast: number, j: number): number {
  const { tokens } = ctx.doc;
  if (readings(tokens[headLast]!.key)[0]!.key.startsWith("ال") || tokens[headLast]!.key.startsWith("ال")) return -1;
  let k = j;
  while (k < j + 3 && isBareNoun(ctx, k, k === j && j === headLast + 1)) k++;
  if (k === j) return -1;
  const end = tokens[k];
  if (!end || end.kind !== "word" || !end.arabic || end.lineStart) return -1;
  if (isPlaceToken(ctx, k)) return ctx.placeAt[k]!.lastToken;
  const definite = end.key.startsWith("ال") && !isStopToken(end) && !isCalendarWord(end) && !isGivenName(end);
  return definite ? k : -1;
}

/**
 * Last token of a region (optionally after "منطقة") starting at k, or -1; "المنطقة الأولى", a zone
 * counted by an ordinal, is the office's area as well ("قائد قوات الحدود في المنطقة الأولى").
 */
export function areaAfter(ctx: Ctx, k: number): number {
  const { tokens } = ctx.doc;
  if (tokens[k]?.key === "المنطقه" && tokens[k + 1] && !tokens[k + 1]!.lineStart && unitOrdinalKeys.has(tokens[k + 1]!.key)) return k + 1;
  // "في ولاية جنوب غرب X": the head of a place before a region the gazetteer knows without it.
  const at = !ctx.placeAt[k] && (tokens[k]?.key === "منطقه" || isPlaceHeadAt(ctx, k)) ? k + 1 : k;
  const place = ctx.placeAt[at];
  return place && place.kind === "region" && place.firstToken === at && !place.viaDemonym ? place.lastToken : -1;
}

/**
 * "وزير الدفاع وقدامى المحاربين", "مدير إدارة واستثمار المرفأ": و joins a second field to an office
 * that has not yet named its state. The word after و is indefinite and no name, and the phrase
 * goes on after it.
 */
export function joinsDomain(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  const bare = readings(t.key).find((r) => r.cut === 1 && t.key.startsWith("و"));
  if (!bare || bare.key.startsWith("ال") || bare.key.length < 3 || isGivenName(t) || isGivenName({ ...t, key: bare.key })) return false;
  if (isStopToken({ ...t, key: bare.key }) || pluralRoleKeys.has(bare.key) || hasTanween(t)) return false;
  const next = ctx.doc.tokens[k + 1];
  if (!next || next.lineStart || next.kind !== "word") return false;
  // Its complement is definite or a place: "وقدامى المحاربين", "واستثمار مرفأ بيروت" ("وفدا من" is an object).
  return (readings(next.key).some((r) => r.key.startsWith("ال")) && !isStopToken(next) && !hasTanween(next)) || beforePlace(ctx, k + 1) || isPlaceToken(ctx, k + 1);
}

/**
 * "رئيس غرفة تجارة وصناعة الكويت X": right after a body's head, an indefinite noun joined by و to a
 * second field that the body's place or a definite word closes (`joinsDomain`) is the first of the
 * body's two fields, so the office goes on over both and the name comes after them.
 */
export function fieldBeforeJoinedField(ctx: Ctx, last: number, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  if (t.kind !== "word" || !t.arabic || t.lineStart || t.key.startsWith("ال") || /^[وف]/.test(t.key) || isGivenName(t) || isStopToken(t) || isPlaceToken(ctx, j)) return false;
  if (j !== last + 1 || !isOrgHeadAt(ctx, last) || verbLike(t) || hasTanween(t) || isCalendarWord(t)) return false;
  return !!ctx.doc.tokens[j + 1] && !ctx.doc.tokens[j + 1]!.lineStart && joinsDomain(ctx, j + 1);
}

/** "لإدارة مرفأ بيروت", "رئيس جامعة القاهرة": an indefinite noun whose complement is a place. */
export function beforePlace(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (t.kind !== "word" || !t.arabic || isPlaceToken(ctx, k) || isGivenName(t) || isStopToken(t) || t.key.startsWith("و")) return false;
  const next = ctx.doc.tokens[k + 1];
  return !!next && !next.lineStart && isPlaceToken(ctx, k + 1);
}

// A body spoken for is quoted in one to four words ("باسم «قوة الأمم المتحدة المؤقتة»").
const MAX_QUOTED_BODY_WORDS = 4;

/**
 * "المتحدثة باسم «اليونيفيل»": after باسم an opening quote and one to four words closed by their
 * quote name the body spoken for. Returns the closing quote's token, or -1.
 */
export function quotedBodyEnd(ctx: Ctx, last: number, j: number): number {
  const { tokens } = ctx.doc;
  if (tokens[last]?.key !== "باسم" || j !== last + 1) return -1;
  const end = quotedNameEnd(tokens, j);
  return end >= 0 && end - j - 1 <= MAX_QUOTED_BODY_WORDS ? end : -1;
}
