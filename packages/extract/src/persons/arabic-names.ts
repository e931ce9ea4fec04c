import type { PlaceHit } from "../places/gazetteer";
import { readings, readsAs, type Token, wordKey } from "../text/tokens";
import orgRules from "../rules/organizations.json";
import { type Ctx, isPlaceToken, joinKeys, type NameSpan, nameSpan } from "./anchor-spans";
import { isOrgHeadAt, isPlaceHeadAt, isRoleHeadAt } from "./head-lookups";
import { isDerivedFeminineVerb, isFeminineParticiple, opensObjectPhrase, opensPatronymic } from "./name-objects";
import { familyInWaSaidAgain } from "./family-in-wa-said-again";
import { familyNameInIh } from "./family-names-in-ih";
import { printedAgain } from "./name-printed-again";
import { givenAfterVietnameseMiddle } from "./vietnamese-names";
import { rankAt, TEAM_RANK_KEYS } from "./ranks";
import { roleAt } from "./roles";
import { hasTanween, isAccusativeOffice, isAlaMisspelt, isCalendarWord, isGivenName, isGivenNameAsPrinted, isGivenNameBehindClitic, isStopToken, LINEAGE, NAME_CONNECTORS, NAME_OPENERS, nameVerbKeys } from "./vocabulary";
import { hamzaAlName, isDefiniteGivenName, isGivenNameKey, isOccasionWord, nameWordAfter, possessive, verbLike } from "./word-shapes";
import { COMMAS } from "../text/punctuation";
import { hyphenJoinsArabicWords } from "../text/hyphen-joins";

/** An Arabic personal name read forwards from its first word, and where it ends. */

const MAX_NAME = 6;

const SITE_HEAD_KEYS = new Set(orgRules.placeOnlySiteHeads.ar.map(wordKey));

const TIME_OF_DAY = new Set(["صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله"]);

/** A connector before word j calls for it past the length limit ("… بن حسن آل ثاني"). A module function, not a closure per name (tsx's keepNames gives each one a defineProperty). */
function afterConnector(tokens: Ctx["doc"]["tokens"], j: number): boolean {
  return NAME_CONNECTORS.has(tokens[j - 1]!.key) || tokens[j - 1]!.text === "آل";
}

/** Word j follows آل ("the family of"), which only a family's name follows. */
function afterFamilyWord(tokens: Ctx["doc"]["tokens"], j: number): boolean {
  const prev = tokens[j - 1]!;
  return prev.text === "آل" || prev.text === "ال";
}

export function arabicName(ctx: Ctx, i: number, afterRank: boolean, quoted: boolean): NameSpan | null {
  const { tokens } = ctx.doc;
  const t0 = tokens[i]!;
  if (!t0.arabic) return null;
  // "الفريق أول إمام علي X": a stop word printed as a given name opens the name before a name word.
  const next = tokens[i + 1];
  const printedName = isGivenNameAsPrinted(t0) && (nameWordAfter(next) || (!!next && isGivenName(next)));
  // "العميد فيصل بن سعد": a given name that is a stop word only behind a proclitic opens a name.
  const nameBehindClitic = isGivenNameBehindClitic(t0) && !!next && (NAME_CONNECTORS.has(next.key) || nameWordAfter(next));
  if (isStopToken(t0) && !(t0.key === "علي" && t0.text.endsWith("ي")) && !printedName && !nameBehindClitic) return null;
  if (isAlaMisspelt(t0, tokens[i + 1]) || isCalendarWord(t0)) return null;
  if (isRoleHeadAt(ctx, i) || rankAt(ctx, i)) return null;
  if (/^(وال|بال|لل|كال|فال)/.test(t0.key)) return null;
  if (t0.key.startsWith("ال") && !afterRank && !isGivenName(t0) && !hamzaAlName(t0, tokens[i + 1]) && !opensPatronymic(tokens, i)) return null;
  if (isPlaceToken(ctx, i) && !isGivenName(t0)) return null;
  if (possessive(t0) || verbLike(t0) || hasTanween(t0) || isFeminineParticiple(t0)) return null;
  // "فيصل" holds the visit verb "يصل" after a ف; a known given name is the name.
  if (isOrgHeadAt(ctx, i) || isPlaceHeadAt(ctx, i) || isOccasionWord(t0)) return null;
  // "المدير العام لمؤسسة ميناء X": a port, a crossing or an airport after a body's head is its name.
  if (!isGivenName(t0) && readsAs(t0.key, SITE_HEAD_KEYS)) return null;
  // Present-tense verbs open with ي; the given names that do are in the name list. After a rank a
  // foreign given name may open so ("الفريق أول يرجان …") when a name word follows it, where a
  // verb would take a definite object ("اللواء يتفقد القوات").
  if (/^ي/.test(t0.key) && !isGivenName(t0) && !(afterRank && !verbLike(t0) && nameWordAfter(tokens[i + 1]))) return null;
  let last = i;
  let count = 1;
  // Past the length limit, only the word a connector calls for ("… بن حسن آل ثاني").
  for (let j = i + 1; j < tokens.length && (count < MAX_NAME || afterConnector(tokens, j)); j++) {
    const t = tokens[j]!;
    // "دوران-لوكلير": a double-barrelled family name, its hyphen set between two words with no space.
    if (hyphenJoinsArabicWords(tokens, j) && !isStopToken(tokens[j + 1]!)) {
      last = j + 1;
      j++;
      continue;
    }
    if (t.lineStart || t.kind !== "word" || !t.arabic) break;
    const k = t.key;
    if (NAME_CONNECTORS.has(k) || k === "ال" || k === "آل" || t.text === "آل") {
      last = j;
      count++;
      continue;
    }
    // "سالم بن حمد الكندي،": a tribe's nisba closing a lineage is the family name, no nationality.
    if (tribalNisbaAfterLineage(ctx, j)) {
      last = j;
      count++;
      continue;
    }
    // "… بن فهد آل طالب": the word آل calls for is the family's name, whatever else it reads as
    // (a verb, a preposition with its object).
    if (afterFamilyWord(tokens, j)) {
      last = j;
      count++;
      continue;
    }
    // A weekday, a month or "اليوم" after a name is when, not who ("كوندوليزا رايس الأربعاء"), and so
    // is a time of day before one ("مصطفى مدبولي صباح أمس"; صباح alone is a name).
    if (isCalendarWord(t) || isAlaMisspelt(t, tokens[j + 1])) break;
    if (TIME_OF_DAY.has(k) && tokens[j + 1] && isCalendarWord(tokens[j + 1]!)) break;
    // "يار الله", "جار الله": a bare word before الله is the first half of a compound name, though
    // it reads as a verb in ي or a common noun; a word with a pronoun ("حفظه الله") is a blessing.
    if (count >= 2 && compoundWithAllah(tokens, j)) {
      last = j + 1;
      count += 2;
      j++;
      continue;
    }
    // "الفريق" ends a name even where it is the team and so no rank.
    if (readsAs(k, TEAM_RANK_KEYS)) break;
    if (k === "علي" && t.text.endsWith("ي")) {
      last = j;
      count++;
      continue;
    }
    if (givenAfterVietnameseMiddle(tokens, j, count)) {
      last = j;
      count++;
      continue;
    }
    // "تركي بن فيصل": the father's given name that بن calls for, though it reads as ف + a verb.
    if ((isStopToken(t) && !(isGivenNameBehindClitic(t) && j - 1 > i && afterConnector(tokens, j))) || isAccusativeOffice(t)) break;
    // "ولد الشيخ أحمد", "ولد بله": the word ولد or بن calls for is the father's name, whatever else
    // it reads as (a title, a word with a pronoun).
    if (fatherAfterConnector(ctx, j) || servantOfTitle(tokens, j)) {
      last = j;
      count++;
      continue;
    }
    // "كارمن لوسيا فالديفيا أرانيبار أجرت …": a verb a name is the subject of ends the name.
    if (count >= 2 && (nameVerbKeys.has(k) || (/^[وف]/.test(k) && nameVerbKeys.has(k.slice(1)))) && !isGivenName(t)) break;
    if ((rankAt(ctx, j) && !(count >= 2 && isTitleAsFamilyName(ctx, j))) || (isRoleHeadAt(ctx, j) && !(count >= 2 && isHeadWithoutOffice(ctx, j)) && !isDefiniteGivenName(ctx, j) && !foreignLamName(ctx, j) && !(count >= 1 && opensPatronymic(tokens, j)))) break;
    if (/^(وال|بال|لل|كال|فال)/.test(k) && !(k.startsWith("فال") && printedAgain(ctx, j))) break;
    // "خالد العمري الضيوف": after a family name in ي (a nisba) a definite word that is no nisba
    // is the verb's object, not more of the name.
    if (count >= 2 && k.startsWith("ال") && !/ي$/.test(k) && /^ال.+ي$/.test(tokens[j - 1]!.key) && !isGivenName(t)) break;
    if (count >= 2 && !isGivenName(t) && !afterConnector(tokens, j) && (opensObjectPhrase(tokens, ctx.placeAt, j) || isDerivedFeminineVerb(t))) break;
    if (k.startsWith("و") && (count >= 2 || readings(k).some((r) => r.cut && (isStopToken({ ...t, key: r.key }) || isGivenNameKey(r.key))))) {
      if (count >= 2 && (familyInWa(ctx, j) || familyInWaSaidAgain(ctx, j))) last = j;
      break;
    }
    // "أبو بكر سالم باعوضة أن": a family name in با (Hadramawt) closes a name before a function word;
    // elsewhere ب is the preposition ("محمد سالم باسم الوزارة").
    const familyInBa = /^با[^ل]../.test(k) && (!tokens[j + 1] || tokens[j + 1]!.kind !== "word" || tokens[j + 1]!.lineStart || isStopToken(tokens[j + 1]!));
    // "نجاة عمر كامارا": the preposition ك seldom follows a name, and before a word with a plain
    // alef it is a foreign name's own letter (كامارا، كابيلا); "كأحد" is printed with its hamza.
    const foreignKa = /^كا/.test(t.text.replace(/[\u064B-\u065F\u0640]/gu, ""));
    if (count >= 2 && /^[بلك]/.test(k) && !isGivenName(t) && !familyInBa && !foreignKa && !(afterRank && familyInBu(ctx, j)) && !printedAgain(ctx, j) && !afterConnector(tokens, j) && !(afterRank && closesListedName(tokens, j)) && !familyBeforeOffice(ctx, j)) break;
    if ((possessive(t) && !(count === 1 && familyNameInAh(t)) && !(count >= 2 && familyNameInIh(ctx, j))) || verbLike(t) || hasTanween(t)) break;
    if (isOrgHeadAt(ctx, j) || isPlaceHeadAt(ctx, j) || isOccasionWord(t)) break;
    if (/^ي/.test(k) && !isGivenName(t) && count >= 2) break;
    // "يعقوب ولد أعمر المشروع": the father's name that ولد calls for ends a Maghreb name; only a
    // compound given name goes on with the article (ولد محمد الأمين).
    if (k.startsWith("ال") && tokens[j - 2]?.key === "ولد" && !isGivenName(tokens[j - 1]!)) break;
    const place = ctx.placeAt[j];
    if (place && (place.kind === "country" || place.viaDemonym) && !isGivenName(t) && !countryWordInName(ctx, j, place) && !demonymWordInName(ctx, j, place)) break;
    // "… بميناء الدار البيضاء": a city of two words or with the article is where, not a family name.
    if (place && place.firstToken === j && (place.lastToken > j || k.startsWith("ال")) && !isGivenName(t) && !NAME_CONNECTORS.has(tokens[j - 1]!.key) && !(afterRank && count >= 2 && townNisbaClosingName(tokens, j, place))) break;
    last = j;
    count++;
  }
  // A name never ends on a connector.
  while (last > i && NAME_OPENERS.has(tokens[last]!.key)) last--;
  // "(د ب أ)", "أ ش أ": an agency's letter code, not a name.
  if (tokens.slice(i, last + 1).every((t) => t.kind !== "word" || [...t.key].length <= 1)) return null;
  if (quoted && ctx.doc.tokens[last + 1] && /[”"»']/.test(ctx.doc.tokens[last + 1]!.text) === false) {
    // Unbalanced quote: keep what we read.
  }
  return nameSpan(ctx, i, last, joinKeys(tokens, i, last));
}

/**
 * "اللواء إبراهيم بابا غانا ساني، قائد …": a state's one-word name inside a personal name, where
 * a bare name word follows it and closes the name at a comma. A state after a name is otherwise
 * the verb's object or a venue ("زار الوزير X تونس أمس"), which no such word follows.
 */
function countryWordInName(ctx: Ctx, j: number, place: PlaceHit): boolean {
  const { tokens } = ctx.doc;
  if (place.viaDemonym || place.firstToken !== j || place.lastToken !== j || tokens[j]!.key.startsWith("ال")) return false;
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  if (!next || next.kind !== "word" || !next.arabic || next.lineStart || !after || !COMMAS.has(after.text)) return false;
  if (next.key.startsWith("ال") || /^[وفبلك]/.test(next.key) || isStopToken(next) || isCalendarWord(next) || ctx.placeAt[j + 1]) return false;
  return !verbLike(next) && !hasTanween(next) && !isRoleHeadAt(ctx, j + 1) && !rankAt(ctx, j + 1);
}

/**
 * "الملازم يوسف إبراهيم كوري،": a nationality adjective after a name is definite (الكوري); a bare,
 * indefinite one closing the name at a comma or a full stop is a family name spelt like it ("كوري
 * الجنسية" is Korean by nationality).
 */
function demonymWordInName(ctx: Ctx, j: number, place: PlaceHit): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  if (!place.viaDemonym || place.firstToken !== j || place.lastToken !== j || t.key.startsWith("ال") || place.start !== t.start) return false;
  const next = tokens[j + 1];
  return !next || next.lineStart || (next.kind === "punct" && (COMMAS.has(next.text) || next.text === "."));
}

/**
 * "المقدم خالد مبارك العجمي، الذي …": after a rank and two name words, a town's one word with the
 * article in the shape of a nisba (ending in ي), closed by a comma or a full stop, is the family
 * name the town gave, no place ("… بميناء الدار البيضاء" is two words; "في العجمي" a preposition's).
 */
function townNisbaClosingName(tokens: readonly Token[], j: number, place: PlaceHit): boolean {
  if (place.lastToken !== j || !/^ال.+ي$/u.test(tokens[j]!.key)) return false;
  const next = tokens[j + 1];
  return !next || next.lineStart || (next.kind === "punct" && (COMMAS.has(next.text) || next.text === "."));
}

/**
 * "الرائد سالم بن حمد الكندي،": after a lineage (X بن Y) a definite nisba that closes the name at a
 * comma or a full stop is the family's (كندة, not Canada); a nationality stands before the name.
 */
export function tribalNisbaAfterLineage(ctx: Pick<Ctx, "doc" | "placeAt">, j: number): boolean {
  const { tokens } = ctx.doc;
  const place = ctx.placeAt[j];
  if (!place?.viaDemonym || place.firstToken !== j || place.lastToken !== j || !tokens[j]!.key.startsWith("ال") || !LINEAGE.has(tokens[j - 2]?.key ?? "")) return false;
  const next = tokens[j + 1];
  return !next || next.lineStart || (next.kind === "punct" && (COMMAS.has(next.text) || next.text === "."));
}

/**
 * "المقدم محمد صالح بشارة والنقيب …", "الملازم يوسف إبراهيم كوري،": after a rank, a word in ب or ك
 * that a comma, a full stop or the next definite item of a list ("والنقيب") closes is the family
 * name; the preposition takes its noun with more after it ("باسم الوزارة").
 */
function closesListedName(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next || next.lineStart) return true;
  if (next.kind === "punct") return COMMAS.has(next.text) || next.text === "." || next.text === "؛";
  return next.kind === "word" && next.key.startsWith("وال");
}

/**
 * "سعيد عوض بلحاف محافظ محافظة X": a bare word in ب right before an office's head closes the name
 * as its family name; the preposition ب is never followed by an office with no article between.
 */
function familyBeforeOffice(ctx: Ctx, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  const next = ctx.doc.tokens[j + 1];
  if (!/^ب[^ا]../u.test(t.key) || !next || next.lineStart || next.key.startsWith("ال") || possessive(t) || hasTanween(t) || isStopToken(t)) return false;
  return !!roleAt(ctx, j + 1);
}

/**
 * "ظفر إقبال ملك والوفد": a bare, indefinite role head with nothing of an office after it is a
 * family name (Malik, Amin), not the start of a role.
 */
function isHeadWithoutOffice(ctx: Ctx, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  if (t.key.startsWith("ال") || readings(t.key).some((r) => r.cut > 0)) return false;
  const role = roleAt(ctx, j);
  if (!role || role.last !== j) return false;
  const next = ctx.doc.tokens[j + 1];
  if (!next || next.kind !== "word" || next.lineStart) return true;
  // "مازن الفارس قائد حامية بلدة …": a head in construct with a bare noun opens an office the
  // role reader does not know, so it still ends the name; a family name is followed by و, a
  // given name, a word of time or a verb, not by a noun it governs.
  if (next.arabic && !next.key.startsWith("ال") && !next.key.startsWith("و") && !isStopToken(next) && !isCalendarWord(next) && !verbLike(next) && !/^ي/.test(next.key) && !isGivenName(next)) return false;
  return !isGivenName(next);
}

/**
 * "الجنرال مامادو لامين ندياي": ل before a plain alef, inside a name and before another name word,
 * is the foreign name's own letter (Lamine), not the preposition on a head printed with its hamza
 * (لأمين، لأمير): the preposition's head would govern a noun of an office, not a bare name word.
 */
function foreignLamName(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  if (!/^لا[^ل]/u.test(t.text.replace(/[\u064B-\u065F\u0640]/gu, ""))) return false;
  const role = roleAt(ctx, j);
  if (!role || role.last !== j || !role.prepositional) return false;
  const next = tokens[j + 1];
  if (!next || next.kind !== "word" || !next.arabic || next.lineStart) return false;
  return !/^(ال|و)/.test(next.key) && !isStopToken(next) && !isCalendarWord(next) && !verbLike(next) && !/^ي/.test(next.key) && !isRoleHeadAt(ctx, j + 1) && !isOrgHeadAt(ctx, j + 1) && !ctx.placeAt[j + 1];
}

/**
 * "العقيد X Y واعيس قائد خفر السواحل": a word in و right before the person's office is the last
 * word of his name, not و joining another name: a name joined by و has the office after a name of
 * its own, and a given name, a stop word, a definite word or a pronoun after the و leaves it the
 * conjunction. The office must be his own (no و, ب or ل on its head).
 */
function familyInWa(ctx: Ctx, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  const bare = t.key.slice(1);
  if ([...bare].length < 3 || bare.startsWith("ال") || isGivenNameKey(bare) || isStopToken({ ...t, key: bare }) || possessive(t) || hasTanween(t) || verbLike({ ...t, key: bare })) return false;
  const role = roleAt(ctx, j + 1);
  return !!role && role.first === j + 1 && !role.conjoined && !role.prepositional && !role.plural && !role.counterpart;
}

/**
 * "جوزيف نعمة الحاج، …": an honorific title (الحاج، الشيخ) last in a name, with no name after it,
 * is the family name.
 */
function isTitleAsFamilyName(ctx: Ctx, j: number): boolean {
  const rank = rankAt(ctx, j);
  if (!rank || rank.military || rank.last !== j || ctx.doc.tokens[j]!.key !== readings(ctx.doc.tokens[j]!.key)[0]!.key) return false;
  const next = ctx.doc.tokens[j + 1];
  return !next || next.lineStart || next.kind !== "word" || isStopToken(next) || isCalendarWord(next);
}

/**
 * "العقيد فاطمة سيدي بوكار الهجوم": after a rank, a word in بو (بوكار، بوزيد، بوعلام, family names
 * of the Maghreb and the Sahel) that closes the name is the family name, not ب on a noun: it stands
 * before a definite word (the verb's object) or punctuation, and no head of a body, a place or a
 * role follows the ب. An indefinite word or a particle after it leaves ب the preposition ("بوجود
 * قوات", "بوضوح إن").
 */
function familyInBu(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  if (!/^بو[^اوي]/.test(t.key) || [...t.key].length < 5 || isOrgHeadAt(ctx, j) || isPlaceHeadAt(ctx, j) || ctx.placeAt[j] || possessive(t)) return false;
  const next = tokens[j + 1];
  if (!next || next.kind !== "word" || next.lineStart) return true;
  return next.arabic && next.key.startsWith("ال") && !isStopToken(next) && !isCalendarWord(next);
}

/**
 * "أبينا منساه", "يوسف دوباه": the second word of a name ending in اه is a foreign family name, not a
 * noun with the pronoun "his" (nouns in ا that take it, مستواه، معناه, never follow a given name).
 */
function familyNameInAh(t: Token): boolean {
  const raw = t.text.replace(/[\u064B-\u065F\u0670\u0640]/gu, "");
  return /..اه$/u.test(raw) && !raw.startsWith("ال");
}

/**
 * "عبد الأمير", "عبد الملك": the definite word عبد calls for is the second half of a compound given
 * name, though it reads as a title or an office's head; only a conjunction or a preposition on it
 * ("عبد وال…") ends the name.
 */
function servantOfTitle(tokens: Ctx["doc"]["tokens"], j: number): boolean {
  const before = tokens[j - 1]!;
  const t = tokens[j]!;
  return before.key === "عبد" && !before.lineStart && t.key.startsWith("ال") && !t.lineStart;
}

function compoundWithAllah(tokens: Ctx["doc"]["tokens"], j: number): boolean {
  const t = tokens[j]!;
  const allah = tokens[j + 1];
  if (!allah || allah.key !== "الله" || allah.lineStart || t.key.startsWith("ال") || /^[وفبلك]/.test(t.key)) return false;
  return !isStopToken(t) && !possessive(t) && !verbLike(t) && !hasTanween(t);
}

const FATHER_CONNECTORS = new Set(["ولد", "منت", "بن", "ابن", "بنت"]);

/**
 * "سيدي محمد ولد الشيخ أحمد", "المختار ولد بله": right after a patronymic connector a word is the
 * father's name though it reads as a title or as a noun with a pronoun; a word with a conjunction
 * or a preposition and the article on it, a place begun before it and a date word are not.
 */
function fatherAfterConnector(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  if (!FATHER_CONNECTORS.has(tokens[j - 1]!.key) || j - 1 === 0 || tokens[j - 1]!.lineStart) return false;
  if (/^(و|وال|بال|لل|كال|فال)/.test(t.key) || isCalendarWord(t) || hasTanween(t)) return false;
  const place = ctx.placeAt[j];
  return !(place && place.firstToken < j);
}
