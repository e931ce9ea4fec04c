import { readings, tokenReadsAs, wordKey, type Token } from "../text/tokens";
import rules from "../rules/persons.json";
import { COMMAS } from "../text/punctuation";
import { appointedOfficeLead } from "./english-appointments";
import { type Ctx, isPlaceToken, memoAt, type RoleSpan, span } from "./anchor-spans";
import { isClauseWord, lowerTitleLead, opensNameAfter } from "./english-title-words";
import { fieldBeforeName, lowerFieldBeforeName, officeBeforeNameLead, setOffBeforeName } from "./english-offices-before-names";
import { isOrgHeadAt, isPlaceHeadAt, isRoleHeadAt, listedBodyEnd } from "./head-lookups";
import { rankAt } from "./ranks";
import { isBareOfficeHeadRank } from "./office-head-ranks";
import { areaAfter, beforePlace, constructAfterHead, quotedBodyEnd, fieldBeforeJoinedField, joinsDomain, namesBodyOrArea, roleContinues } from "./role-complements";
import { counterpartKeys, englishAreaHeadKeys, isGivenName, isLatinPostedHead, pluralRoleKeys, postedHeadKeys, roleContinuerKeys, officeHeadTrie, ruleTitleTrie, seatHeadKeys, unitOrdinalKeys } from "./vocabulary";
import { isDefiniteGivenName } from "./word-shapes";
import { opensAfterClause } from "./office-after-clause";
import { endsOnBodyHead } from "./body-head-names";
import { ENGLISH_ARTICLES, isPossessiveS, ordinalSuffixAfter } from "../text/english-marks";
import { advisedOfficeEnd } from "./adviser-to";
import { accreditedBodyEnd } from "./accredited-to";
import { isPlaceWordOfName } from "./place-word-names";
import { eponymOfSiteInOfficeEnd, isSiteNoun } from "../organizations/eponym-complements";
import { opensOtherHoldersOffice } from "./office-gender";

/** The role (position) phrase that starts at a role head, in Arabic and English, and the state it names. */

const MAX_ROLE = 16;

/** Role phrase starting at a role head at i. */
export function roleAt(ctx: Ctx, i: number): RoleSpan | null {
  // Asked at nearly every token, and a role opens with an office head: most tokens are turned away
  // by the trie's index of first words, before the memo and the reading of a role.
  if (!officeHeadTrie.mayStartAt(ctx.doc.tokens, i)) return null;
  return memoAt(ctx, "role", i, computeRoleAt);
}

function computeRoleAt(ctx: Ctx, i: number): RoleSpan | null {
  const { tokens, text } = ctx.doc;
  const head = officeHeadTrie.matchAt(tokens, i, text);
  if (!head) return null;
  if (tokens[i - 1] && isGivenName(tokens[i - 1]!) && isDefiniteGivenName(ctx, i)) return null;
  // "نائب الأدميرال", "قائد سرب": a rank that opens with a role head is the rank.
  const rank = rankAt(ctx, i);
  if (rank?.military && (rank.last > head.last || isBareOfficeHeadRank(ctx, i))) return null;
  // "رئيس الأساقفة X": a title of several words that opens with an office's head is the title.
  if (rank && !rank.military && titleCovers(ctx, i, head.last)) return null;
  const t0 = tokens[i]!;
  // "Senator the Hon X": an English form of address that opens with an office's word is the
  // address, longer than the office; the office printed before it is the holder's.
  if (!t0.arabic && (ruleTitleTrie.matchAt(tokens, i, text)?.last ?? -1) > head.last) return null;
  const latin = !t0.arabic;
  // English prints a role in lower case after a nationality ("French envoy Jean Laurent", "Turkey’s
  // defense minister") and in apposition after a comma ("…, chief of the general staff").
  // "Egyptian army spokesman", "Saudi military spokesman": lower-case words of an office between
  // the state and the head belong to the role.
  let lead = i;
  while (latin && lead > i - 3 && tokens[lead - 1]?.kind === "word" && !tokens[lead - 1]!.capital && roleContinuerKeys.has(tokens[lead - 1]!.key) && !LATIN_FUNCTION_WORDS.has(tokens[lead - 1]!.key)) lead--;
  if (lead < i && !ctx.placeAt[lead - 1] && !ownedByState(ctx, lead)) lead = i;
  // "Uganda's high commissioner": the word before a diplomat's head may be the head's own.
  if (latin && lead === i && isLatinPostedHead(tokens, i) && !postedHeadKeys.has(t0.key)) {
    lead = i - 1;
    // "the British deputy high commissioner": lower-case words of the office before the two-word
    // head belong to it too, when a state stands before them.
    let k = lead;
    while (k > lead - 2 && tokens[k - 1]?.kind === "word" && !tokens[k - 1]!.capital && roleContinuerKeys.has(tokens[k - 1]!.key) && !LATIN_FUNCTION_WORDS.has(tokens[k - 1]!.key)) k--;
    if (k < lead && (ctx.placeAt[k - 1] || ownedByState(ctx, k))) lead = k;
  }
  // "Lorna Dizon, a security analyst at …": after a comma and an article, lower-case words of the
  // office before its head belong to the role.
  const appositionLead = latin && !t0.capital ? lowerCaseAppositionLead(ctx, i) : -1;
  if (appositionLead >= 0 && lead === i) lead = appositionLead;
  // "appointed X as deputy commander": the office of an appointment, in lower case with no comma.
  const appointmentLead = latin && !t0.capital && appositionLead < 0 ? appointedOfficeLead(tokens, i) : -1;
  if (appointmentLead >= 0 && lead === i) lead = appointmentLead;
  const prev = tokens[lead - 1];
  const owner = ownedByState(ctx, lead);
  // "Cambodia's secretary of state for defence": the office goes on with "for" and its field.
  const afterState = latin && (!!ctx.placeAt[lead - 1] || owner) && (!!tokens[head.last + 1]?.capital || [",", "."].includes(tokens[head.last + 1]?.text ?? "") || ["of", "said", "and", "for"].includes(tokens[head.last + 1]?.key ?? "") || (POSTED_TO.has(tokens[head.last + 1]?.key ?? "") && isLatinPostedHead(tokens, head.last)));
  // "the Amuru district commissioner": an area printed with its lower-case head right before the
  // office is where the office is held, and part of it (a state before it is not: "Turkey's …").
  const area = latin && afterState && lead === i ? officeArea(ctx, i) : -1;
  if (area >= 0) lead = area;
  const apposed = latin && ((prev?.text === "," && !opensAfterClause(tokens, i)) || (prev?.key === "the" && tokens[i - 2]?.text === ",") || appositionLead >= 0 || appointmentLead >= 0);
  // "opposition lawmaker X", "Former president X": a lower-case office qualified by words of its own
  // and followed by a name is that name's title.
  const titleLead = latin && !t0.capital && !afterState && !apposed && opensNameAfter(tokens, head.last + 1) ? lowerTitleLead(tokens, i) : -1;
  // "the company's chief executive, X", "The UNMISS force commander, Lieutenant General X": an office
  // set off by a comma before the name it describes; it holds only if that name follows (checked below).
  const beforeName = latin && !t0.capital && !counterpartKeys.has(t0.key) && !afterState && !apposed && titleLead < 0 ? officeBeforeNameLead(tokens, i, (k) => !!ctx.placeAt[k]?.viaDemonym) : -1;
  if (latin && !t0.capital && !counterpartKeys.has(t0.key) && !afterState && !apposed && titleLead < 0 && beforeName < 0) return null;
  if (beforeName >= 0 && lead === i) lead = beforeName;
  if (titleLead >= 0 && lead === i) lead = titleLead;
  const prepositional = /^(ب|ل|لل)/.test(head.clitic.replace(/^[وف]/, ""));
  const plural = tokenReadsAs(tokens[i]!, pluralRoleKeys);
  let last = head.last;
  const counterpart = counterpartKeys.has(tokens[head.last]!.key) || tokenReadsAs(tokens[head.last]!, counterpartKeys);
  let j = head.last + 1;
  let inBody = false;
  // The last token of the last head read (a chained one too: "نائبة رئيس").
  let headEnd = head.last;
  while (j < tokens.length && j - i < MAX_ROLE) {
    const t = tokens[j]!;
    if (t.lineStart) break;
    // "نظيره الأذربيجاني": a counterpart takes only a nationality.
    if (counterpart) {
      if (isPlaceToken(ctx, j) && j - head.last <= 2) {
        last = j++;
        continue;
      }
      if (!t.arabic && t.capital && j - head.last <= 1 && isPlaceToken(ctx, j)) {
        last = j++;
        continue;
      }
      break;
    }
    // "مدير جامعة الملك X": a king's title after a site's noun opens the site's eponym, which is
    // neither a rank nor a next head, and no holder's name (the title may have been read with the
    // site's noun: "مركز الملك").
    const eponym = j === last + 1 && t.arabic ? Math.max(eponymOfSiteInOfficeEnd(ctx, j), last - 1 > head.last ? eponymOfSiteInOfficeEnd(ctx, last) : -1) : -1;
    if (eponym >= 0) {
      last = eponym;
      j = eponym + 1;
      continue;
    }
    if (rankAt(ctx, j)) break;
    if (latin) {
      if (t.text === "-" && !t.spaceBefore && tokens[j + 1] && !tokens[j + 1]!.spaceBefore) {
        // "director-general": the word after the hyphen is the office's own.
        if (tokens[j + 1]!.kind === "word" && !tokens[j + 1]!.capital && j === last + 1) {
          last = j + 1;
          j += 2;
          continue;
        }
        j++;
        continue;
      }
      // "head of Turkey's Coast Guard Command": a state's possessive inside the body's name.
      if (inBody && isPossessiveS(tokens, j + 1) && (tokens[j + 2]?.capital || ordinalSuffixAfter(tokens, j + 2) >= 0)) {
        last = j + 1;
        j += 2;
        continue;
      }
      // "commander of the Navy's 13th Main Base": a unit counted by an English ordinal.
      const ordinal = inBody ? ordinalSuffixAfter(tokens, j) : -1;
      if (ordinal >= 0 && tokens[ordinal + 1]?.capital) {
        last = ordinal;
        j = ordinal + 1;
        continue;
      }
      // "Minister of Agriculture, Rural Development and Food Production, Mr X": the fields of one
      // office listed with commas, the last after "and".
      const fields = t.text === "," && last > head.last ? listedFieldsEnd(ctx, head.last, j) : -1;
      if (fields >= 0) {
        last = fields;
        j = fields + 1;
        continue;
      }
      if (t.kind !== "word") break;
      // "…, director general of the Emirates Defence Procurement Authority", "…, an analyst at the
      // Kyiv-based Centre for Army Studies", "…, a spokesman for Kenya's Ports Authority": in
      // apposition the name is before, so the body the office is of, at or for goes to its last
      // capitalized word.
      // "…, commander of the 1103rd Infantry Brigade,": a unit counted by an ordinal after "the".
      const unitOrdinal = ordinalSuffixAfter(tokens, j + 2);
      const theUnit = tokens[j + 1]?.key === "the" && (tokens[j + 2]?.capital || (unitOrdinal >= 0 && !!tokens[unitOrdinal + 1]?.capital));
      if ((apposed || beforeName >= 0) && (t.key === "at" || t.key === "of" || t.key === "for") && (tokens[j + 1]?.capital || theUnit)) {
        inBody = true;
        last = j++;
        continue;
      }
      if (inBody && (t.capital || ["the", "for", "of", "and"].includes(t.key) || (tokens[j - 1]?.text === "-" && !t.spaceBefore))) {
        last = j++;
        continue;
      }
      // "Chief Executive of the Ghana Cocoa Board (COCOBOD)": a capitalized body named after "of the"
      // goes on to its head word, with the acronym in brackets after it.
      const body = t.capital && LATIN_FUNCTION_WORDS.has(tokens[j - 1]?.key ?? "") ? namedBodyEnd(tokens, j) : -1;
      if (body >= 0) {
        last = body;
        j = body + 1;
        continue;
      }
      // "chief of the defence staff", "secretary of state for defence": after "of", "the" or "for", an
      // office's own words go on in lower case too, and after the place they serve ("president of
      // the Azores regional government").
      const lowerField = !t.capital && roleContinuerKeys.has(t.key) && !LATIN_FUNCTION_WORDS.has(t.key) && j === last + 1 && last > head.last && (LATIN_FUNCTION_WORDS.has(tokens[last]!.key) || !tokens[last]!.capital || isPlaceToken(ctx, last));
      if (lowerField) {
        last = j++;
        continue;
      }
      // "Indonesian Ambassador to Malaysia": a diplomat is posted to the state after "to".
      // "Uganda's high commissioner in Nairobi": or "in" the capital he is posted to.
      // "Its representative in N'Djamena, X": an office set off before the name keeps the place it is held in.
      // "in the Solomon Islands": the state's article before its name.
      const place = tokens[j + 1]?.key === "the" && !tokens[j + 1]!.arabic && isPlaceToken(ctx, j + 2) ? j + 2 : j + 1;
      if (POSTED_TO.has(t.key) && (isLatinPostedHead(tokens, head.last) || (beforeName >= 0 && t.key === "in")) && isPlaceToken(ctx, place)) {
        last = ctx.placeAt[place]!.lastToken;
        j = last + 1;
        continue;
      }
      // "a senior adviser to the prime minister": the office he advises.
      const advised = advisedOfficeEnd(ctx, headEnd, j);
      if (advised >= 0) {
        last = advised;
        j = advised + 1;
        continue;
      }
      // "State Minister for Peace, X": after a capitalized title, "for" or "of" and up to three
      // capitalized words closed by a comma are the office's field, whatever the words.
      const fieldEnd = t.key === "for" || t.key === "of" ? capitalizedFieldEnd(ctx, head.first, j) : -1;
      if (fieldEnd >= 0) {
        last = fieldEnd;
        j = fieldEnd + 1;
        continue;
      }
      // "Minister of Health and Sport, Hon. X", "… and Family Welfare, Mr X": one or two capitalized
      // words after "and" in the field, closed by a comma and a title or rank before the holder's
      // name, end the field.
      const joinedEnd = tokens[head.first]!.capital && j - 2 > headEnd && tokens[j - 1]?.key === "and" && j - 1 === last ? fieldAfterAndBeforeTitle(ctx, j) : -1;
      if (joinedEnd >= 0) {
        last = joinedEnd;
        j = joinedEnd + 1;
        continue;
      }
      // "Minister of Defence and Veterans Affairs": a word of the field before a field's last word.
      const beforeField = t.capital && !!tokens[j + 1]?.capital && roleContinuerKeys.has(tokens[j + 1]!.key) && LATIN_FUNCTION_WORDS.has(tokens[j - 1]?.key ?? "");
      const cont = ["of", "the", "for", "and"].includes(t.key) || beforeField || (t.capital && (roleContinuerKeys.has(t.key) || isRoleHeadAt(ctx, j) || isPlaceToken(ctx, j)));
      if (!cont) break;
      if (t.capital && !roleContinuerKeys.has(t.key) && !isPlaceToken(ctx, j) && !isRoleHeadAt(ctx, j) && !beforeField) break;
      // "Culture Minister Adelaide Fortes": a town's word right after the office opens its holder's name.
      if (t.capital && !LATIN_FUNCTION_WORDS.has(tokens[last]!.key) && !roleContinuerKeys.has(t.key) && isPlaceWordOfName(ctx, j, true)) break;
      last = j++;
      continue;
    }
    // "المتحدثة باسم «اليونيفيل»": the body a spokesman speaks for, printed in quotes.
    const quoted = quotedBodyEnd(ctx, last, j);
    if (quoted >= 0) {
      last = quoted;
      j = quoted + 1;
      continue;
    }
    if (t.kind !== "word") break;
    // Another head chained with و or directly (القائد العام … وزير الدفاع).
    const chained = officeHeadTrie.matchAt(tokens, j, text);
    if (chained) {
      if (/^(ب|ل)/.test(chained.clitic)) break;
      // A role that has named its state is complete: a head right after it with no و is the next
      // person's ("استقبل رئيس أركان الجيش الليبي السفير الإماراتي …").
      if (!/^[وف]/.test(chained.clitic) && hasStateSoFar(ctx, head.first, last)) break;
      if (describesHolder(ctx, last, chained.first, chained.last)) break;
      if (opensOtherHoldersOffice(tokens, head.first, last > head.last, chained.first, /^[وف]/.test(chained.clitic))) break;
      last = chained.last;
      headEnd = chained.last;
      j = chained.last + 1;
      continue;
    }
    // "النائبة عن حزب X المعارض", "النائب عن محافظة البصرة": a lawmaker sits for the party or the
    // area named after عن, which stays in the role.
    if (t.key === "عن" && last === head.last && isSeatHead(tokens[head.last]!) && (isOrgHeadAt(ctx, j + 1) || isPlaceHeadAt(ctx, j + 1) || isPlaceToken(ctx, j + 1))) {
      last = j + 1;
      j += 2;
      continue;
    }
    // "المشرف العام على المركز": what a supervisor oversees, after على, stays in his office, a body
    // or a site in construct too ("على مكتبة الجامعة").
    if (t.key === "علي" && j === last + 1 && oversees(tokens, head.first, last) && (roleContinues(ctx, j + 1) || isOrgHeadAt(ctx, j + 1) || isSiteNoun(tokens[j + 1]))) {
      last = j + 1;
      j += 2;
      continue;
    }
    const accredited = accreditedBodyEnd(ctx, j);
    if (accredited >= 0) {
      last = accredited;
      j = accredited + 1;
      continue;
    }
    // "في قطر", "لدى تشاد": a preposition before a place stays in the role.
    // Once the role names its state ("وزير الدفاع الروسي في أنقرة"), "في" opens the venue.
    // An envoy is sent "to" a place: "المبعوث الأممي إلى اليمن".
    const envoyTo = t.key === "الي" && /^(ال)?مبعوث/.test(tokens[head.first]!.key);
    // A diplomat is posted "in" a place even once the role has named his state: "السفيرة المغربية في روما".
    const postedIn = (t.key === "في" || t.key === "لدي") && (!hasStateSoFar(ctx, head.first, last) || isPostedHead(tokens[head.first]!));
    // "القيادي في جبهة البوليساريو", "القيادي في تنظيم داعش": a body the article names after في is
    // held in, to its last word, though no head of the lists opens it.
    const listedBody = t.key === "في" && !hasStateSoFar(ctx, head.first, last) ? listedBodyEnd(ctx, j + 1) : -1;
    if (listedBody >= 0) {
      last = listedBody;
      j = listedBody + 1;
      continue;
    }
    // "الملحق العسكري في السفارة الأمريكية": the body a post is held in stays in the role.
    if (t.key === "في" && !hasStateSoFar(ctx, head.first, last) && isOrgHeadAt(ctx, j + 1)) {
      last = j + 1;
      j += 2;
      continue;
    }
    if ((envoyTo || postedIn) && isPlaceToken(ctx, j + 1)) {
      last = j + 1;
      j += 2;
      continue;
    }
    // "قائد القوة البحرية الفرنسية في منطقة المحيط الهندي": a region after في is the area of the
    // office, not a venue (a venue is a city or a state).
    const area = t.key === "في" ? areaAfter(ctx, j + 1) : -1;
    if (area >= 0) {
      last = area;
      j = area + 1;
      continue;
    }
    // A plural role ("مسؤولي شركة …") anchors no name, so the body it names stays an organization.
    if (t.arabic && !plural && !hasStateSoFar(ctx, head.first, last) && (isOrgHeadAt(ctx, j) || joinsDomain(ctx, j) || beforePlace(ctx, j) || fieldBeforeJoinedField(ctx, last, j))) {
      last = j++;
      continue;
    }
    // "نائبة رئيس دائرة الحدود": a chained head opens a construct as the first one does.
    const chainEnd = last === headEnd ? constructAfterHead(ctx, headEnd, j) : -1;
    if (chainEnd >= 0) {
      last = chainEnd;
      j = chainEnd + 1;
      continue;
    }
    // "قائد اللواء الثالث مشاة جبلي العميد …": a numbered unit's arms stay in its commander's role.
    const arms = unitArmsEnd(ctx, last, j);
    if (arms >= 0) {
      last = arms;
      j = arms + 1;
      continue;
    }
    if (hasStateSoFar(ctx, head.first, last) && opensNameLikePreposition(ctx, j)) break;
    if (!roleContinues(ctx, j) && !namesBodyOrArea(ctx, last, j)) break;
    last = j++;
  }
  // Trailing English "of/the/and" is not part of the role, nor an Arabic preposition whose object
  // the role did not take ("مدير التمرين من الجانب العماني" cut at الجانب).
  while (last > head.last && (["of", "the", "for", "and"].includes(tokens[last]!.key) || TRAILING_PREPOSITIONS.has(tokens[last]!.key))) last--;
  // "the ministry's director-general for defence policy, X": the word after the head's hyphen is
  // the head's own, and the field comes after it.
  const headWordEnd = tokens[head.last + 1]?.text === "-" && !tokens[head.last + 1]!.spaceBefore && tokens[head.last + 2]?.kind === "word" && !tokens[head.last + 2]!.spaceBefore && last >= head.last + 2 ? head.last + 2 : head.last;
  if (beforeName >= 0 && last === headWordEnd) last = Math.max(last, lowerFieldBeforeName(tokens, last));
  // "The prefect of Alibori, X": a field of capitalized words, a possessive or a place the loop left.
  // "its head, Commander X": a rank the stop words hold ("Commander", "General") opens the name too.
  const opensRank = (k: number) => !!rankAt(ctx, k);
  // "Ghana's deputy minister of roads and transport, X": after a state's possessive the lower-case
  // field the loop left is the office's too when it is set off before the name it describes.
  if (latin && afterState && last === head.last) last = Math.max(last, fieldBeforeName(tokens, head.last, opensRank));
  if (beforeName >= 0 && !setOffBeforeName(tokens, last, opensRank)) last = fieldBeforeName(tokens, headWordEnd, opensRank);
  if (last < 0) return null;
  const start = lead < i ? tokens[lead]!.start : head.start;
  const s = span(ctx, lead, last, start);
  const surface = (head.clitic && head.surface.startsWith("ا") && !text.slice(start).startsWith("ا") ? "ا" + s.surface : s.surface).replace(/^(the|The) /, "");
  // "The First Deputy Prime Minister": the article is no part of the role, nor of its offsets.
  const article = /^(the|The) /.test(s.surface) ? 4 : 0;
  // Written out rather than spread from the span: the spread showed in CPU profiles as the costliest
  // line of the reading of a role (V8 copying objects of many shapes); the fields written out do not.
  return { first: s.first, last: s.last, start: s.start + article, end: s.end, surface, prepositional, counterpart, plural, conjoined: /^[وف]/.test(head.clitic) };
}

/** A title read at i by the title list itself (not by qualifiers after it) that runs past the office head ending at headLast. */
function titleCovers(ctx: Ctx, i: number, headLast: number): boolean {
  const title = ruleTitleTrie.matchAt(ctx.doc.tokens, i, ctx.doc.text);
  return !!title && !title.clitic && title.last > headLast;
}

const overseeingKeys = new Set(rules.overseeingHeads.map((w) => wordKey(w)));

/** A supervisor's head among the office's words first..last. */
function oversees(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (readings(tokens[k]!.key).some((r) => overseeingKeys.has(r.key))) return true;
  return false;
}

/**
 * "مدير المرصد الباحث X": once a definite complement has closed the office at `last`, a definite
 * head at `first`..`headLast` with no و right before a given name is the holder's occupation
 * printed before his name, not a further office ("القائد العام للقوات المسلحة وزير الدفاع" chains
 * an indefinite head). The occupation is a single word: a longer office there is the next person's.
 */
export function describesHolder(ctx: Ctx, last: number, first: number, headLast: number): boolean {
  const { tokens } = ctx.doc;
  const closed = tokens[last]!;
  const head = tokens[first]!;
  const opener = tokens[headLast + 1];
  // One word only: an office of its own ("السفير الكندي لشؤون X") before a name is the next person's.
  return first === last + 1 && first === headLast && closed.arabic && closed.key.startsWith("ال") && head.arabic && head.text.startsWith("ال") && !!opener && isGivenName(opener);
}

/**
 * "وزيرة الدفاع الأرجنتينية لوسيا …": a word opening with ل or ب that no definite word or place
 * follows within two words governs nothing, so after a role that has named its state it is a name that opens with
 * those letters (لوسيا، ليونيل، بيدرو), not a complement of the office (لشؤون الدفاع، بجمهورية مصر).
 */
function opensNameLikePreposition(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  if (!t.arabic || !/^[لب]/.test(t.key) || /^(لل|بال)/.test(t.key) || isPlaceToken(ctx, j)) return false;
  // A construct names a field after it (لشؤون نزع السلاح): a definite word or a place within two.
  const governs = (k: number) => tokens[k]?.kind === "word" && !tokens[k].lineStart && (tokens[k].key.startsWith("ال") || isPlaceToken(ctx, k));
  const next = tokens[j + 1];
  if (!next || next.lineStart || next.kind !== "word") return false;
  return !governs(j + 1) && !governs(j + 2);
}

/**
 * The last of up to three indefinite words after a unit's ordinal or number (مشاة جبلي، مدرعات)
 * when a rank follows them, right after or set off by a comma ("قائد الفرقة الثانية مشاة، العميد
 * X": the office in apposition before its holder), or -1: they say what arms the unit is of, and
 * name nobody.
 */
function unitArmsEnd(ctx: Ctx, last: number, j: number): number {
  const { tokens } = ctx.doc;
  const ordinal = tokens[last]!;
  if (ordinal.kind !== "num" && !unitOrdinalKeys.has(ordinal.key)) return -1;
  for (let k = j; k < j + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !t.arabic || t.key.startsWith("ال") || isGivenName(t)) return -1;
    if (rankAt(ctx, k + 1) || (COMMAS.has(tokens[k + 1]?.text ?? "") && rankAt(ctx, k + 2))) return k;
  }
  return -1;
}

/**
 * The last token of the fields listed after the comma at `comma` in an English office whose field
 * follows "of" or "for" ("…of Agriculture, Rural Development and Food Production,"): capitalized
 * words, "and", capitalized words, then a comma or a full stop, at least one of them a word of an
 * office's field and none a title, a rank or a given name; -1 when no such list follows.
 */
function listedFieldsEnd(ctx: Ctx, headLast: number, comma: number): number {
  const { tokens } = ctx.doc;
  let field = false;
  for (let k = headLast + 1; k < comma; k++) if (FIELD_OPENERS.has(tokens[k]!.key)) field = true;
  if (!field) return -1;
  let k = comma + 1;
  let words = 0;
  let and = false;
  let fieldWord = false;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.arabic || t.lineStart) break;
    if (t.key === "and" && !and && words > 0 && tokens[k - 1]!.capital) {
      and = true;
      continue;
    }
    // "…, Army Commander X and …": another office or a name is the next person of a list.
    if (!t.capital || isGivenName(t) || isRoleHeadAt(ctx, k) || rankAt(ctx, k)) return -1;
    if (roleContinuerKeys.has(t.key) && !LATIN_FUNCTION_WORDS.has(t.key)) fieldWord = true;
    words++;
  }
  const end = tokens[k];
  if (!and || !fieldWord || !tokens[k - 1]!.capital || words > 6 || !end || (end.text !== "," && end.text !== ".")) return -1;
  return k - 1;
}

const FIELD_OPENERS = new Set(["of", "for"]);


/**
 * The last token of a body's name of two to five capitalized words starting at j and ending on a
 * body's head word (Board, Authority, Council …), with "(ACRONYM)" right after it if printed; -1
 * when the capitalized run from j ends on no such head.
 */
function namedBodyEnd(tokens: readonly Token[], j: number): number {
  let end = j;
  while (end + 1 < j + 5 && tokens[end + 1]?.kind === "word" && tokens[end + 1]!.capital && !tokens[end + 1]!.arabic && !tokens[end + 1]!.lineStart) end++;
  if (!endsOnBodyHead(tokens, j, end)) return -1;
  const acronym = tokens[end + 2];
  if (tokens[end + 1]?.text === "(" && acronym && /^[A-Z]{2,10}$/.test(acronym.text) && tokens[end + 3]?.text === ")") return end + 3;
  return end;
}

// Arabic prepositions a role cannot end on (keys).
const TRAILING_PREPOSITIONS = new Set(["من", "في", "عن", "الي", "علي", "لدي", "مع"]);


/**
 * The first lower-case word of an English title in apposition ("…, a security analyst", "…, the
 * deputy chief"), when at most two such words and an article stand between a comma and the head
 * at i; -1 otherwise.
 */
const ACRONYM = /^[A-Z]{2,6}$/;

function lowerCaseAppositionLead(ctx: Ctx, i: number): number {
  const { tokens } = ctx.doc;
  let k = i - 1;
  // "…, the BDF commander,": a body's acronym may stand among them.
  while (k >= i - 2 && tokens[k]?.kind === "word" && (!tokens[k]!.capital || ACRONYM.test(tokens[k]!.text)) && !tokens[k]!.arabic && !LATIN_FUNCTION_WORDS.has(tokens[k]!.key) && !isClauseWord(tokens[k]!) && !ENGLISH_ARTICLES.has(tokens[k]!.key) && !isPossessiveS(tokens, k)) k--;
  let lead = k + 1;
  // "…, the Marsabit county commissioner,": after the article, capitalized words qualify it (a
  // possessive's s is no word of the office).
  const qualifier = isPossessiveS(tokens, k) ? -1 : capitalsBefore(tokens, k, 2);
  if (qualifier >= 0 && ENGLISH_ARTICLES.has(tokens[qualifier - 1]?.key ?? "")) {
    lead = qualifier;
    k = qualifier - 1;
  }
  if (ENGLISH_ARTICLES.has(tokens[k]?.key ?? "")) k--;
  if (tokens[k]?.text !== "," || (lead === i && k === i - 1)) return -1;
  return lead;
}


// Lower-case heads of the areas an office is held in ("district", "county"), not of land features.
const OFFICE_AREA_HEADS = new Set(["district", "county", "province", "region", "governorate", "chiefdom"]);

/** First token of a sub-state area ending right before the office head at i with a lower-case area head, or -1. */
function officeArea(ctx: Ctx, i: number): number {
  const t = ctx.doc.tokens[i - 1];
  const place = ctx.placeAt[i - 1];
  if (!t || !place || place.kind === "country" || t.capital || !OFFICE_AREA_HEADS.has(t.key) || t.lineStart) return -1;
  return place.firstToken < i - 1 ? place.firstToken : -1;
}

/** First of one to `max` capitalized English words ending at token last (no function word), or -1. */
function capitalsBefore(tokens: readonly Token[], last: number, max: number): number {
  let k = last;
  while (k > last - max && tokens[k]?.kind === "word" && !tokens[k]!.arabic && tokens[k]!.capital && !tokens[k]!.lineStart && !LATIN_FUNCTION_WORDS.has(tokens[k]!.key) && !ENGLISH_ARTICLES.has(tokens[k]!.key) && !isClauseWord(tokens[k]!)) k--;
  return k < last ? k + 1 : -1;
}

/** A lawmaker's head (نائب، النائبة), who sits for the party or area named after عن. */
export function isSeatHead(t: Token): boolean {
  return readings(t.key).some((r) => seatHeadKeys.has(r.key.replace(/^ال/, "")));
}

function isPostedHead(t: Token): boolean {
  return readings(t.key).some((r) => postedHeadKeys.has(r.key.replace(/^ال/, "")));
}

// The English prepositions before the place a diplomat is posted to.
const POSTED_TO = new Set(["to", "in"]);

/**
 * True when tokens first..last name a state (a country or its demonym). A region, river or town of
 * one does not ("قائد قطاع جنوب الليطاني في الجيش اللبناني", "والي جهة الشرق عامل إقليم …"): the
 * office still goes on to the body it is held in or a second office.
 */
export function hasStateSoFar(ctx: Ctx, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ctx.placeAt[k]?.iso2 && (ctx.placeAt[k]!.kind === "country" || ctx.placeAt[k]!.viaDemonym)) return true;
  return false;
}

export const LATIN_FUNCTION_WORDS = new Set(["of", "the", "for", "and"]);

/** True when a state's possessive stands right before token k ("Cambodia's", "Turkey’s"). */
export function ownedByState(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.doc;
  return isPossessiveS(tokens, k - 1) && !!ctx.placeAt[k - 3]?.iso2;
}

/** True when a name opened by an initial starts at k: one capital letter, its full stop, a capitalized word ("B. X"). */
function opensWithInitial(tokens: Ctx["doc"]["tokens"], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 2];
  return !!t && !t.arabic && /^[A-Z]$/.test(t.text) && tokens[k + 1]?.text === "." && !!next && next.kind === "word" && !next.arabic && next.capital && !LATIN_FUNCTION_WORDS.has(next.key);
}

/** Last token of a capitalized field of up to five words after "for" or "of" at `at`, "and" among them, with a name opened by an initial right after it; or -1. */
function fieldBeforeInitial(tokens: Ctx["doc"]["tokens"], head: number, at: number): number {
  if (!tokens[head]?.capital) return -1;
  for (let k = at + 1; k <= at + 5; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.arabic || t.lineStart || opensWithInitial(tokens, k)) return -1;
    if (t.key === "and" ? k === at + 1 : !t.capital || LATIN_FUNCTION_WORDS.has(t.key)) return -1;
    if (t.key !== "and" && opensWithInitial(tokens, k + 1)) return k;
  }
  return -1;
}

/** Last of one or two capitalized words from j closed by a comma and a rank or title ("Sport, Hon."); or -1. */
function fieldAfterAndBeforeTitle(ctx: Ctx, j: number): number {
  const { tokens } = ctx.doc;
  const word = (k: number) => !!tokens[k]?.capital && tokens[k].kind === "word" && !tokens[k].arabic && !LATIN_FUNCTION_WORDS.has(tokens[k].key);
  for (let k = j; k <= j + 1 && word(k); k++) {
    if (tokens[k + 1]?.text === "," && rankAt(ctx, k + 2)) return k;
  }
  return -1;
}

/** Last token of "Roads and Transport" after "for" or "of" at `at`, a rank or courtesy title right after it; or -1. */
function joinedFieldBeforeTitle(ctx: Ctx, head: number, at: number): number {
  const { tokens } = ctx.doc;
  const word = (k: number) => {
    const t = tokens[k];
    return !!t && t.kind === "word" && !t.arabic && t.capital && !t.lineStart && !LATIN_FUNCTION_WORDS.has(t.key) && !isGivenName(t);
  };
  if (!tokens[head]?.capital || !word(at + 1) || tokens[at + 2]?.key !== "and" || !word(at + 3)) return -1;
  return rankAt(ctx, at + 4) ? at + 3 : -1;
}

/**
 * Last token of the field after "for" or "of" at `at` in a capitalized English title ("State
 * Minister for Peace,"): one or two capitalized words, no known given name among them (a name
 * printed right after the title), the last before a comma; -1 otherwise. A field the office
 * words know ("Minister of Defence X,") is read word by word instead.
 */
function capitalizedFieldEnd(ctx: Ctx, head: number, at: number): number {
  const { tokens } = ctx.doc;
  // "Cabinet Secretary for Roads and Transport Ms. X": two capitalized fields joined by "and", closed
  // by a rank or a courtesy title before the name.
  const joined = joinedFieldBeforeTitle(ctx, head, at);
  if (joined >= 0) return joined;
  // "Minister of Road and Transport Development B. X": a name opened by an initial closes the field.
  const initialed = fieldBeforeInitial(tokens, head, at);
  if (initialed >= 0) return initialed;
  // "Minister of Defence X": a field word that goes on in an office is the loop's to read, unless
  // the field closes at the comma with a word of its own ("Director of Health Services, X").
  if (!tokens[head]?.capital || (roleContinuerKeys.has(tokens[at + 1]?.key ?? "") && !(tokens[at + 2]?.capital && tokens[at + 3]?.text === "," && !roleContinuerKeys.has(tokens[at + 2]!.key)))) return -1;
  for (let k = at + 1; k <= at + 3; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.arabic || !t.capital || t.lineStart || LATIN_FUNCTION_WORDS.has(t.key) || isGivenName(t)) return -1;
    // "Paramount Chief of X Y Chiefdom,": an area's noun closes a field of three words; a third
    // word of any other kind may be a name printed after the title.
    if (tokens[k + 1]?.text === "," && (k < at + 3 || englishAreaHeadKeys.has(t.key))) return k;
  }
  return -1;
}
