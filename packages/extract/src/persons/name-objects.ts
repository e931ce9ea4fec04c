import { matchKey } from "../text/normalize";
import type { PlaceHit } from "../places/gazetteer";
import type { Token } from "../text/tokens";
import { isStopToken } from "./vocabulary";

/**
 * Arabic puts the verb first, so its subject's name runs straight into the object with no mark
 * between them: "نفى الوزير X الرواية الإثيوبية", "استقبل الوزير X الوفد المغربي", "عرضت الوزيرة X
 * استضافة لقاء". A name's own words are no noun followed by its adjective and no verbal noun of the
 * form استفعالة, so either ends the name before it. A nisba (العمري) may be followed by another
 * (العمري المصري) and is left to the name.
 */
export function opensObjectPhrase(tokens: readonly Token[], placeAt: readonly (PlaceHit | undefined)[], j: number): boolean {
  const t = tokens[j]!;
  if (VERBAL_NOUN_X.test(t.key) || opensAward(tokens, j)) return true;
  if (!t.key.startsWith("ال") || /ي$/.test(t.key)) return false;
  const next = tokens[j + 1];
  if (!next || next.kind !== "word" || !next.arabic || next.lineStart || !next.key.startsWith("ال")) return false;
  // "الوفد المغربي": a nationality adjective describes the noun before it.
  const demonym = placeAt[j + 1];
  if (demonym?.viaDemonym && demonym.firstToken === j + 1) return true;
  // "الرواية الرسمية": a feminine noun and the feminine adjective agreeing with it.
  return /ة$/.test(t.text) && /ية$/.test(next.text);
}

// استضافة، استعادة، استقالة: the verbal noun of the tenth form (of a hollow root, or a sound one)
// with its feminine ending.
const VERBAL_NOUN_X = /^است[^ا]{1,2}ا[^ا]ه$/;

/**
 * "وزير الدفاع الموريتاني المختار ولد أحمد سالم", "الحسن بن علي": a word a patronymic connector
 * follows is a given name, even a definite one, and so opens a name rather than going on with the
 * role before it. The connector must lead on to a word of the name ("ولد في" is the verb).
 */
export function opensPatronymic(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const connector = tokens[j + 1];
  const father = tokens[j + 2];
  if (t.kind !== "word" || !t.arabic || !connector || connector.lineStart || !PATRONYMIC.has(connector.key)) return false;
  if (!father || father.kind !== "word" || !father.arabic || father.lineStart) return false;
  // "علي" printed with its ي is the name, not the preposition على misspelt.
  return !isStopToken(father) || (father.key === "علي" && father.text.endsWith("ي"));
}

const PATRONYMIC = new Set(["بن", "ابن", "بنت", "ولد"]);

/**
 * "محادثات مع اللواء X تناولت تأمين الملاحة": the past tense of the fifth and sixth forms in the
 * feminine (تناولت، تطرقت، تضمنت) has a noun before the name as its subject and never belongs to a
 * name; names ending in ت (عصمت، حكمت، رفعت) do not open with ت.
 */
export function isDerivedFeminineVerb(t: Token): boolean {
  return t.kind === "word" && t.arabic && DERIVED_FEMININE_PAST.test(t.key);
}

const DERIVED_FEMININE_PAST = /^ت[^ا]{1,2}ا?[^ا]{1,2}ت$/;

/**
 * "قائد القوة المشتركة متعددة الجنسيات": a feminine participle of the fifth or sixth form (متعددة،
 * متقدمة، متنقلة) describes the noun before it; no name opens with one.
 */
export function isFeminineParticiple(t: Token): boolean {
  return t.kind === "word" && t.arabic && FEMININE_PARTICIPLE_V.test(t.key);
}

const FEMININE_PARTICIPLE_V = /^مت[^ا]{2,4}ه$/;

// An award's noun, and "best" (أفضل رامية), the words that follow one.
const AWARD_KEYS = new Set(["جائزة", "وسام", "درع", "شهادة", "كأس", "ميدالية", "لقب", "نوط"].map(matchKey));
const ELATIVE_KEYS = new Set(["أفضل", "أحسن", "أبرز"].map(matchKey));

/**
 * "تسلمت الملازم X Y جائزة أفضل رامية", "نال X Y وسام التفوق": an award's noun before a definite
 * word or "best" is what the verb gave the person named before it, not more of the name.
 */
export function opensAward(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!AWARD_KEYS.has(matchKey(tokens[j]!.text)) || !next?.arabic || next.kind !== "word") return false;
  return next.key.startsWith("ال") || ELATIVE_KEYS.has(matchKey(next.text));
}
