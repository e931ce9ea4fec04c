import rules from "../rules/metadata.json";
import type { Doc, Line } from "../document";
import { isFiledPlaceName, isPlaceName } from "../places/gazetteer";
import type { Ctx } from "../persons/anchor-spans";
import { rankAt } from "../persons/ranks";
import { roleAt } from "../persons/roles";
import { readCredits } from "./credits";
import { nameOfInitials } from "./editor-initials";
import { spokenToOutlet } from "./spoken-to";
import { agencyAfterDate } from "./agency-after-date";
import { barredOutlet, mastheadOutlet } from "./dated-masthead";
import { datelineThenByline } from "./dateline-then-byline";
import { taglineOutlet } from "./outlet-tagline";
import { releaseIssuer } from "./release-header";
import { expansionOfCode } from "./code-expansion";
import { printedBeside } from "./agency-masthead";
import { staffOutlet } from "./outlet-staff";
import { bylineName, isLatinPersonalName } from "./byline-names";
import { knownOutlet, outletOfDomain } from "./outlets";
import { correspondentOf, correspondentOutlet, isPersonalName } from "./personal-name";
import { outletAfterPlaces, outletBeforePlace, outletValue, townWithItsState } from "./source-value";
import { isAnonymousCredit, isBylineStart, isCreditLine, isSectionLabel, isTagList, hasDate, keyOf, type Layout } from "./header";

/**
 * The outlet or agency the report comes from, by strength of evidence:
 *  1. a label: "المصدر: بترا", "مصدر الخبر / صحيفة الساعة 24", "Source: …";
 *  2. a credit: "(د ب أ)" alone on a line, the agency of a dateline ("إسطنبول / الأناضول",
 *     "ANKARA (AA) -", "الرباط-وكالة الأنباء /", "باريس - يريفان - وكالات"), or the agency after a
 *     byline ("سامي يوسف / الأناضول"); each value trimmed to the name (src/metadata/source-value.ts);
 *  3. the outlet named in the header ("بوابة الفجر", "هوية بريس – متابعة", "الوكيل الاخباري- …");
 *  4. a web address ("Aa.com.tr/ar"), mapped to its outlet when known;
 *  1.5–2. a wire's sign-off or code wherever it opens or closes the body (src/metadata/credits.ts);
 *  5. the agency the whole report is attributed to in its first sentences ("وفقا لوكالة الأنباء
 *     البحرينية (بنا)", "the Jordan News Agency, Petra, reported");
 *  5.5. the outlet a speaker talks to in the body ("قال لـ«X»", "told X": src/metadata/spoken-to.ts).
 * An agency cited in the body for one detail loses to any of 1–4.
 */

// Built once: these run on every header line of every article.
const labelPatterns = [...rules.sourceLabels].sort((a, b) => b.length - a.length).map((l) => new RegExp(`^${l}\\s*[:：/]\\s*(.+)$`, "iu"));
const outletWords = new Set(rules.outletWords.map(keyOf));
// "Reporter", "Staff Writer" alone under the writer's name: his title, no outlet.
const writerTitleKeys = new Set(rules.writerTitles.map(keyOf));
const followPatterns = rules.followTags.map((t) => new RegExp(`[\\s_\\-–—/]*${t.toLowerCase()}$`, "iu"));

function stripFollow(v: string): string {
  let out = v.trim();
  for (const re of followPatterns) out = out.replace(re, "");
  return out.replace(/[\s\-–—_/|:]+$/u, "").replace(/^[\s\-–—_/|:]+/u, "").trim();
}

function labelled(text: string): string | null {
  const t = text.trim();
  for (const re of labelPatterns) {
    const m = re.exec(t);
    if (m) return m[1]!.trim();
  }
  return null;
}

const isDomain = (v: string) => /^[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(v);

function hasOutletWord(v: string): boolean {
  return keyOf(v)
    .split(" ")
    .some((w) => outletWords.has(w));
}

function shortName(v: string): boolean {
  const words = v.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 6 && v.length <= 60;
}

export function readSource(doc: Doc, layout: Layout, ctx: Ctx, dropped: string[], author: string | null = null): string | null {
  const candidates: [number, string][] = [];
  const add = (rank: number, v: string | null | undefined) => {
    if (!v) return;
    const s = outletValue(stripFollow(v));
    // A part of a date split at its slashes ("٢٨/٥/٢٠٢٦") is no outlet: an outlet has letters.
    if (s && shortName(s) && /\p{L}/u.test(s)) candidates.push([rank, s]);
  };
  // The byline's own line names the writer ("بقلم / فريق التحرير"), not the source.
  const notAuthor = (l: Line) => !author || !l.text.includes(author);
  // "سبق | الدفاع" over the headline: the outlet the masthead names, not the section under it.
  add(3, layout.masthead);
  // "Senator the Hon X" / "Minister for Y" / "MEDIA RELEASE": the office issuing a minister's statement.
  add(1, releaseIssuer([...layout.leading, ...(layout.titleLine ? [layout.titleLine] : [])]));
  const headerLines: Line[] = [...layout.leading, ...layout.header].filter((l) => !isAnonymousCredit(l));
  // Photo captions can come before the body; a short outlet line just after them still counts.
  const early = doc.lines.filter((l) => l.text.trim() && l.words <= 4 && layout.body && l.start > layout.body.start && !isAnonymousCredit(l)).slice(0, 3);
  for (const l of early) if (hasOutletWord(l.text) && !isPlaceName(l.text.trim()) && notAuthor(l) && l.index <= (layout.body?.index ?? 0) + 6) add(3, l.text);
  const all = [...headerLines, ...layout.trailer];
  for (const line of all) {
    const v = labelled(line.text);
    if (v) {
      if (isDomain(v)) add(4, outletOfDomain(v, doc.language === "ar"));
      else add(1, v);
    }
  }
  for (const d of dropped) {
    const m = /(?:في المصدر من|المصدر من|at the source from)\s+(.+)$/iu.exec(d);
    if (m) add(3, m[1]);
  }
  for (const line of headerLines) {
    const text = line.text.trim();
    // "سامر الحلبي | عمّان", "Jane Roe": a writer's name with no "By" names no outlet.
    if (bylineName(text, isPlaceName)) continue;
    const section = isMastheadSection(layout, line);
    if (isCreditLine(line)) add(2, text.slice(1, -1));
    // "الاقتصادية | الأحد … ٢٠٢٧ م": the site's name on its dated masthead.
    if (layout.leading.includes(line)) add(3, mastheadOutlet(doc, line) ?? taglineOutlet(text, isPlaceName));
    // "Samoa Observer | 20 July 2027" under the byline: the outlet's name barred off its date.
    else add(3, barredOutlet(doc, line, isPlaceName));
    // "PLACE - NAME، مراسلة «OUTLET»": the correspondent writes for the outlet.
    const filedFor = correspondentOutlet(text);
    if (filedFor && correspondentOf(text, isPlaceName)) add(2, filedFor.outlet);
    // "By Island Record staff", "Island Record Staff Reporter": the outlet whose staff wrote it.
    add(3, staffOutlet(text));
    // "By NAME, The Malacca Herald": the outlet the writer writes for.
    const byFor = isBylineStart(line) ? bylineOutlet(text) : null;
    if (byFor) add(3, byFor);
    // "KANDY, Sri Lanka, March 3. By NAME – Lanka Wire:": the outlet the writer signs for.
    add(2, datelineThenByline(text)?.outlet);
    // "CITY / AGENCY", "NAME / AGENCY", "CITY-AGENCY /"
    const parts = text.split(/\s*\/\s*/).filter(Boolean);
    // Not "بغداد / NAME": a correspondent after the place filed from is the writer (author.ts).
    if (parts.length === 2 && !hasDate(doc, line) && !correspondentOf(text, isFiledPlaceName)) add(2, parts[1]);
    // "CITY/ NAME/ AGENCY": the place filed from, the correspondent, the agency.
    if (parts.length === 3 && !hasDate(doc, line) && isPlaceName(parts[0]!) && knownOutlet(parts[2]!)) add(2, parts[2]);
    // "باريس - يريفان - وكالات", "عدن - «الأيام»:": the places filed from, then the outlet.
    const afterPlaces = outletAfterPlaces(text, isPlaceName);
    if (afterPlaces && !section && !isPersonalName(afterPlaces) && !correspondentOf(text, isPlaceName)) add(2, afterPlaces);
    // "الرأي الحر - عمّان - ١٢ أيار ٢٠٢٧": the site's name over the city it publishes from.
    add(3, outletBeforePlace(text, isPlaceName, isWriterName));
    // "By JOSEPH MWANGI Associated Press": the outlet printed after the writer's name.
    if (isBylineStart(line)) add(3, outletAfterWriter(text));
    const dash = /^([\p{L} ]{2,30})\s*[-–]\s*([\p{L} ]{2,30})\s*[/:]?$/u.exec(text);
    // "المفرق – الرأي", "العقبة – صحيفة X": a town that is also a common word counts before a listed
    // outlet or one that names itself by its kind's word.
    const dashPlace = dash && (isPlaceName(dash[1]!.trim()) || ((knownOutlet(dash[2]!.trim()) || hasOutletWord(dash[2]!)) && isFiledPlaceName(dash[1]!.trim())));
    if (dash && dashPlace && !section && !isPersonalName(dash[2]!) && !correspondentOf(text, isPlaceName)) add(2, dash[2]);
    // "عدن - وكالات - ٢٨/٥/٢٠٢٦": place, agency, date; the middle counts when it is a listed outlet.
    // The place may print its state in brackets: "روفانييمي (فنلندا) – أ ف ب – الخميس …".
    const dated = /^([\p{L} ]{2,30}(?:\s*\([\p{L} ]{2,30}\))?)\s*[-–]\s*([\p{L} ]{2,30}?)\s*[-–]\s*[\p{L}\p{N}]/u.exec(text);
    const datedPlace = dated?.[1]!.trim() ?? "";
    if (dated && (isPlaceName(datedPlace) || townWithItsState(datedPlace, isPlaceName)) && knownOutlet(dated[2]!.trim())) add(2, dated[2]);
    // "(وكالة الأنباء الباكستانية الرسمية)" closing a dateline.
    // A dateline standing on its own line ends in its dash: "دوشنبه ١١/٠٢/٢٠٢٧ (خوفار) –".
    const paren = /\(([^()]{2,60})\)\s*[-–—]*\s*$/u.exec(text);
    if (paren && !isCreditLine(line)) add(2, paren[1]);
    // Outlet line: short, no rank or role, not a place, not a section label, not the byline.
    if (line.words <= 4 && notAuthor(line) && !writerTitleKeys.has(keyOf(text)) && !isTagList(line) && !isSectionLabel(line) && !isBylineStart(line) && !isCreditLine(line) && !isPlaceName(text)) {
      let anchored = false;
      for (let k = line.first; k < line.last; k++) if (rankAt(ctx, k) || roleAt(ctx, k)) anchored = true;
      if (!anchored) {
        const datePart = hasDate(doc, line);
        if (!datePart) add(hasOutletWord(text) ? 3 : 3.5, text);
      }
    }
    // "الرياض ٢٣ جمادى الأولى ١٤٤٦هـ الموافق ٢٥ نوفمبر ٢٠٢٤م واس": a known agency closing a dated line.
    if (hasDate(doc, line)) add(2, trailingAgency(text));
    // "… / مأرب برس_متابعات" after a date.
    if (hasDate(doc, line) && parts.length >= 2) add(3, parts[parts.length - 1]);
  }
  // "Samoa Observer | 20 July 2027" closing the page: the footer names the outlet beside its date as
  // the masthead does, but a writer's name signs there too ("Jane Roe | 20 July 2027").
  for (const line of layout.trailer) {
    const footer = barredOutlet(doc, line, isPlaceName);
    if (footer && !isWriterName(footer)) add(3, footer);
    add(3, staffOutlet(line.text));
  }
  // "مابوتو - وكالات - وصل …": a listed outlet between the place's dash and the next one.
  // The place may print its state in brackets for readers who may not know it: "أربيل (العراق) -".
  const filedFrom = (place: string) => isPlaceName(place.trim()) || townWithItsState(place.trim(), isPlaceName);
  const opening = layout.body ? /^([\p{L} ]{2,30}(?:\s*\([\p{L} ]{2,30}\))?)\s*[-–]\s*([\p{L} ]{2,30}?)\s*[-–]\s/u.exec(layout.body.text.trim()) : null;
  if (opening && filedFrom(opening[1]!) && knownOutlet(opening[2]!.trim())) add(2, opening[2]);
  // "وطنية - صور - افتتح …": the agency signs first, the place filed from after it (the Lebanese
  // wire's manner); a town that is also a word counts there, as in any dateline.
  const signedFirst = layout.body ? /^([\p{L} ]{2,30}?)\s*[-–]\s*([\p{L} ]{2,30}(?:\s*\([\p{L} ]{2,30}\))?)\s*[-–]\s/u.exec(layout.body.text.trim()) : null;
  if (signedFirst && knownOutlet(signedFirst[1]!.trim())?.kind === "agency" && (filedFrom(signedFirst[2]!) || isFiledPlaceName(signedFirst[2]!.trim())) && !filedFrom(signedFirst[1]!)) add(2, signedFirst[1]);
  // "أستانا - سبوتنيك. بحث …": a listed outlet after the place, closed by a full stop or a colon.
  const stopped = layout.body ? /^([\p{L} ]{2,30}(?:\s*\([\p{L} ]{2,30}\))?)\s*[-–]\s*([\p{L} ]{2,30}?)\s*[.:]\s/u.exec(layout.body.text.trim()) : null;
  if (stopped && filedFrom(stopped[1]!) && knownOutlet(stopped[2]!.trim())) add(2, stopped[2]);
  // "YEREVAN, SEPTEMBER 8, ARMENPRESS. …": the agency after the place and the day.
  if (layout.body) add(2, agencyAfterDate(layout.body.text, isPlaceName));
  if (layout.dateline) {
    const { first, last } = layout.dateline;
    const text = doc.text.slice(doc.tokens[first]!.start, doc.tokens[last - 1]?.end ?? doc.tokens[first]!.end);
    // "تمنراست (الجزائر) (رويترز) -": the state after a small city is no outlet, nor is its
    // region's short form before the date's comma ("Aflao (V/R), Oct. 12, GNA -").
    const paren = [...text.matchAll(/\(([^()]{2,40})\)(\s*,)?/gu)].find((m) => !isPlaceName(m[1]!.trim()) && (!m[2] || !!knownOutlet(m[1]!.trim())));
    if (paren) add(2, paren[1]);
    else if (trailingAgency(text)) add(2, trailingAgency(text));
    else if (!isPlaceName(text.replace(/[,،].*$/u, "").trim()) && hasOutletWord(text)) add(3, text);
  }
  // Attribution of the report in its first sentences.
  const firstSentences = doc.sentences.filter((s) => layout.body && s.start >= layout.body.start).slice(0, 6);
  for (const s of firstSentences) {
    const text = doc.text.slice(s.start, s.end);
    const ar = /(?:وفقا|وفقاً|طبقا|حسبما|حسب ما|بحسب)\s+(?:ما\s+)?(?:نقلته|ذكرته|أوردته|ذكرت|نقلت|أوردت)?\s*(?:ل|لـ)?(وكالة[^،.()]{2,40}(?:\([^()]{1,15}\))?)/u.exec(text);
    if (ar) add(5, ar[1]!.replace(/^لـ?/, ""));
    const en = /(?:the\s+)?([A-Z][\w]*(?:\s[A-Z][\w]*){0,4}\s(?:News\s)?Agency(?:,\s[A-Z]\w+)?),?\s+(?:reported|said)/u.exec(text);
    if (en) add(5, en[1]);
    const en2 = /according to (?:the\s+)?([A-Z][\w]*(?:\s[A-Z][\w]*){0,4}\s(?:News\s)?Agency)/u.exec(text);
    if (en2) add(5, en2[1]);
  }
  for (const c of readCredits(doc, layout)) add(c.rank, c.value);
  // "قال مسؤول لـ«الرأي الحر»", "told the Coast Ledger": weaker than the lead's attribution.
  add(5.5, spokenToOutlet(doc, layout));
  candidates.sort((a, b) => a[0] - b[0]);
  const best = candidates[0]?.[1] ?? null;
  // Only the header's own prints of the name count: an agency named in full where a speaker talks
  // to it in the body ("في تصريح لوكالة الأنباء X") does not lengthen the code its dateline signs.
  // "الوكالة القطرية للأنباء - قنا" over the report: the masthead's name, in a form no list holds,
  // is the same agency as the listed code printed beside it.
  const mastheadLine = layout.masthead ? headerLines.find((l) => l.text.includes(layout.masthead!)) : undefined;
  const beside = (v: string, other: string) => v === layout.masthead && !!mastheadLine && printedBeside(mastheadLine.text, v, other);
  if (!best) return null;
  const fullest = fullestOfSameOutlet(best, candidates.filter((c) => c[0] < ATTRIBUTION_RANK).map((c) => c[1]), beside);
  // "SKNIS - St Kitts and Nevis Information Service" over a dateline signed "(SKNIS)": the code's name in full.
  if (fullest !== best || knownOutlet(best)) return fullest;
  return headerLines.map((l) => expansionOfCode(best, l.text)).find(Boolean) ?? best;
}

/**
 * "وكالة أنباء الإمارات" / "الإمارات - دولي" above the headline: under the masthead, a place and a
 * word after its dash are the section the story runs in (the state's pages, the world's), not a
 * wire's dateline and its credit — unless that word is a listed outlet or names one by its kind.
 */
function isMastheadSection(layout: Layout, line: Line): boolean {
  if (!layout.masthead || !layout.leading.includes(line) || line.text.includes(layout.masthead)) return false;
  const last = line.text.trim().split(/\s*[-–—/]\s*/u).pop()!.trim();
  return !knownOutlet(last) && !hasOutletWord(last);
}

// Rank of the report's attribution in its first sentences and of the outlets spoken to in the body.
const ATTRIBUTION_RANK = 5;

const isWriterName = (s: string) => isPersonalName(s) || isLatinPersonalName(s, isPlaceName);

/**
 * "(AP)" in the dateline and "Associated Press" on the byline's line are one agency: the name the
 * header prints in full is the outlet's name, its code only a signature.
 */
function fullestOfSameOutlet(best: string, all: string[], beside: (v: string, other: string) => boolean): string {
  // The masthead's name printed beside the code that won: the outlet in full.
  const masthead = all.find((v) => v.length > best.length && beside(v, best));
  if (masthead) return masthead;
  const row = knownOutlet(best);
  // "Suriname Herald" over the headline, "ALBINA, Feb 3 (SH) –": capitals no list holds that are
  // the initials of the outlet the header prints are its code.
  if (!row) return all.find((v) => nameOfInitials(best, v, true) === v) ?? best;
  return all.filter((v) => knownOutlet(v) === row).reduce((a, b) => (b.length > a.length ? b : a), best);
}

/** The last one to three words of a line when they are a known agency's name or code, else null. */
function trailingAgency(text: string): string | null {
  // "YEREVAN, SEPTEMBER 8, ARMENPRESS.": the full stop closing the dateline is no part of the name.
  const words = text.trim().replace(/[\s\-–—:.]+$/u, "").split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(" ");
    if (knownOutlet(tail)?.kind === "agency") return tail;
  }
  return null;
}

/** "By JOSEPH MWANGI Associated Press": the listed outlet that ends a byline, or null. */
function outletAfterWriter(text: string): string | null {
  const words = text.trim().split(/\s+/);
  for (let k = 2; k < words.length; k++) {
    const tail = words.slice(k).join(" ");
    if (knownOutlet(tail)) return tail;
  }
  return null;
}

// Titles a wire prints after the writer's outlet ("Associated Press Writer").
const WRITER_TITLES = /\s+(?:Writer|Correspondent|Reporter|Staff|Staff Writer)$/u;

/**
 * "By Nurul Huda Kamarudin, The Malacca Herald", "By NAME | MONTSAME": after the name's comma or
 * bar, capitalized words with no lower-case word among them (not "Jakarta correspondent") name the
 * outlet.
 */
export function bylineOutlet(text: string): string | null {
  const m = /^By\s+[^,|]+[,|]\s*(.+)$/u.exec(text.trim());
  if (!m) return null;
  const v = m[1]!.trim().replace(WRITER_TITLES, "");
  const words = v.split(/\s+/);
  if (words.length > 5 || !words.every((w) => /^\p{Lu}/u.test(w) || w === "of")) return null;
  return isPlaceName(v) ? null : v;
}
