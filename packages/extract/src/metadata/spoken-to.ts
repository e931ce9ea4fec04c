import rules from "../rules/metadata.json";
import type { Doc } from "../document";
import { matchKey } from "../text/normalize";
import { wordKey } from "../text/tokens";
import type { Layout } from "./header";
import { escapeRegExp } from "../text/escape-regexp";
import { arabicOutletNames, knownOutlet } from "./outlets";
import { isPlaceName } from "../places/gazetteer";
import { givenNameKeys, stopKeys } from "../persons/vocabulary";

/**
 * The outlet a speaker of the story talks to: "قال مسؤول لـ«الرأي الحر»", "في تصريح لصحيفة X",
 * "في مقابلة مع قناة X", "an official told the Coast Ledger", "said in an interview with X". A paper
 * or a wire prints its own interviews this way, so when nothing in the header, the dateline or the
 * credits names the outlet, the one spoken to is the source. An interview told as earlier news
 * ("كان قد صرح", "had told", "last week") is another outlet's, cited.
 */

const { arOutletHeads, arTalkNouns, arSayVerbs } = rules.spokenTo;

// After the preposition ل a name's article loses its alef: "للشرق الأوسط" is ل + "لشرق الأوسط".
const arListed = arabicOutletNames
  .filter((n) => n.length >= 4)
  .flatMap((n) => (n.startsWith("ال") ? [n, n.slice(1)] : [n]))
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp);
// "لـ«X»", "لصحيفة X", "لرويترز", "مع قناة X": the outlet after the preposition of speaking to it.
const AR_TARGET = new RegExp(
  `(?<=^|[\\s(])(لـ?\\s*|مع\\s+)(?:[«"“]([^»"”\\n]{2,40})[»"”]|((?:${arOutletHeads.join("|")})\\s+[^\\s،,.:؛«»"]+(?:\\s+[^\\s،,.:؛«»"]+){0,2})|(${arListed.join("|")})(?=[\\s،,.:؛]|$))`,
  // Sticky, tried at one offset at a time (arabicTargets): a scan over every offset, the
  // look-behind first and the long list of names after, costs far more than a test of the letter
  // that opens each word.
  "uy",
);

/** The matches of AR_TARGET in `text`, as `matchAll` finds them, tried only where ل or م opens a word. */
function arabicTargets(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x644 && c !== 0x645) continue;
    // An Arabic letter before is no space or bracket: the look-behind would fail there.
    const before = p > 0 ? text.charCodeAt(p - 1) : 0x20;
    if (before >= 0x621 && before <= 0x64a) continue;
    AR_TARGET.lastIndex = p;
    const m = AR_TARGET.exec(text);
    if (!m) continue;
    out.push(m);
    p = m.index + m[0].length - 1;
  }
  return out;
}
const sayKeys = new Set(arSayVerbs.map(wordKey));
const talkKeys = new Set(arTalkNouns.map(wordKey));
// Words that end an outlet's name read after its head: the clause spoken, a day, a preposition.
const AR_NAME_STOPS = new Set(
  ["إن", "أن", "ان", "إنه", "أنه", "انه", "إنها", "أنها", "بأن", "عن", "في", "على", "من", "إلى", "الى", "اليوم", "أمس", "يوم", "الذي", "التي", "خلال", "حول", "مساء", "صباح", "قائلا", "مؤكدا", "مشيرا"].map(wordKey),
);
const AR_EARLIER = /كان\s+قد|كانت\s+قد|سبق\s+أن|سبق\s+ان|في\s+وقت\s+سابق|الماضي|الماضية/u;

const enOutletWords = new Set([...rules.outletWords, ...rules.mastheadNouns].map((w) => w.toLowerCase()));
const EN_TARGET = /\b(?:told|in an interview with|in an interview to|speaking to|in remarks to|in comments to|in a statement to|interviewed by)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*)(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,4})/gu;
const EN_EARLIER = /\b(?:had told|earlier|previously|last (?:week|month|year))\b/u;

/**
 * "Speaking to Mmegi after the session, X said": a paper prints its own interview under a name no
 * list holds. One capitalized word after "speaking to" or "in an interview with" that the article
 * prints nowhere else, no given name, stop word or place, is taken for the outlet; a person spoken
 * to is named in full elsewhere in the story ("Speaking to Moyo" after "General Tendai Moyo").
 */
const EN_UNLISTED = /(?<![\w-])(?:[Ss]peaking to|[Ii]n an interview with)\s+([A-Z][a-z]{2,})(?=[\s,.;:])(?!\s+(?:of\s+)?[A-Z])/gu;

function unlistedOutlet(doc: Doc, word: string): boolean {
  const k = wordKey(word);
  if (givenNameKeys.has(k) || stopKeys.has(k) || isPlaceName(word)) return false;
  return doc.text.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, "gu"))?.length === 1;
}

/** The outlet's name of an Arabic match: in quotes, a head and its name up to a stop, or a listed name. */
function arabicName(m: RegExpExecArray): string | null {
  if (m[2]) return m[2].trim();
  if (m[4]) return knownOutlet(m[4]) ? m[4] : `ا${m[4]}`;
  const words = m[3]!.split(/\s+/);
  let n = 1;
  while (n < words.length && !AR_NAME_STOPS.has(wordKey(words[n]!)) && !sayKeys.has(wordKey(words[n]!))) n++;
  return n > 1 ? words.slice(0, n).join(" ") : null;
}

/** Whether the words before the match in its sentence speak: a verb of saying, or the noun of a talk before "مع". */
function arabicSpeech(before: string, withMa: boolean): boolean {
  const words = before.split(/\s+/).slice(-8).map(wordKey);
  return words.some((w) => talkKeys.has(w)) || (!withMa && words.some((w) => sayKeys.has(w)));
}

function englishName(v: string): string | null {
  const name = v.replace(/\s+of$/u, "").replace(/[.’']+$/u, "");
  if (knownOutlet(name)) return name;
  return name.split(/\s+/).some((w) => enOutletWords.has(w.toLowerCase())) ? name : null;
}

/** The outlet spoken to most often in the body (the first of a tie), or null. */
export function spokenToOutlet(doc: Doc, layout: Layout): string | null {
  if (!layout.body) return null;
  const counts = new Map<string, { name: string; n: number }>();
  const count = (name: string) => {
    const row = knownOutlet(name);
    const k = row ? `#${row.ar[0] ?? row.en[0]}` : matchKey(name);
    const e = counts.get(k) ?? { name, n: 0 };
    e.n++;
    counts.set(k, e);
  };
  let unlisted: string | null = null;
  for (const s of doc.sentences) {
    if (s.start < layout.body.start) continue;
    const text = doc.text.slice(s.start, s.end);
    if (doc.language === "ar") {
      if (AR_EARLIER.test(text)) continue;
      for (const m of arabicTargets(text)) {
        const name = arabicName(m);
        if (name && arabicSpeech(text.slice(0, m.index), m[1]!.startsWith("مع"))) count(name);
      }
    } else if (!EN_EARLIER.test(text)) {
      for (const m of text.matchAll(EN_TARGET)) {
        const name = englishName(m[1]!);
        if (name) count(name);
      }
      for (const m of text.matchAll(EN_UNLISTED)) if (unlistedOutlet(doc, m[1]!)) unlisted ??= m[1]!;
    }
  }
  let best: { name: string; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.name ?? unlisted;
}
