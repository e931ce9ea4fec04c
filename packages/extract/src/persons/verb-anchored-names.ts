import { knownOutlet } from "../metadata/outlets";
import { appointedByName } from "./english-appointments";
import { formMemo, formMemoSlot, setFormMemo, type Token, tokenReadings } from "../text/tokens";
import { type Ctx, joinKeys, type NameSpan, span } from "./anchor-spans";
import { isOrgHeadAt } from "./head-lookups";
import { latinName } from "./latin-names";
import { isPlaceWordOfName } from "./place-word-names";
import { publicFigureAt } from "./public-figures";
import { nameAt } from "./names";
import { roleAt } from "./roles";
import { companyHeadKeys, hasTanween, isCalendarWord, isGivenName, isStopToken, NAME_OPENERS, nameVerbKeys, roleContinuerKeys, unitNounKeys } from "./vocabulary";

/** Names with no rank or role, anchored on a verb of saying or doing before or after them. */

// "met Hulusi Akar", "talks with Sergei Shoigu": verbs and "with" before a bare name.
const LATIN_VERB_BEFORE_NAME = new Set(["met", "meets", "received", "receives", "welcomed", "welcomes", "hosted", "hosts", "thanked", "congratulated", "invited", "told", "with", "by"]);

// "called on Ranil Perera": a visitor's courtesy call names the one called on.
const CALL_VERBS = new Set(["called", "call", "calls", "calling"]);

// Adverbs that may part a name from its verb ("X also attended", "X later told").
const VERB_ADVERBS = new Set(["also", "later", "then", "earlier", "subsequently", "separately"]);

const LATIN_SURNAME_PARTICLE = /^(al|el|bin|ibn|abu|de|van|von|der|da|di|la|le)$/;

// Asked at every Arabic word of an article: kept with the word's printed form.
const NAME_VERB_SLOT = formMemoSlot();

/** Whether a reading of the word is a verb of saying or doing that opens a bare name. */
function opensWithNameVerb(t: Token): boolean {
  let v = formMemo(t, NAME_VERB_SLOT) as boolean | undefined;
  if (v === undefined) {
    v = tokenReadings(t).some((r) => nameVerbKeys.has(r.key));
    setFormMemo(t, NAME_VERB_SLOT, v);
  }
  return v;
}

/**
 * A name with no rank or role, anchored on a verb of saying or doing: in Arabic the verb comes
 * first and the name is a known given name plus one to three more words, ending where an
 * ordinary word starts (قال محمد سالم إن …); in English two to four capitalized words that are no
 * place, title or body, right before the verb ("Sergei Shoigu said", "Hulusi Akar met").
 */
export function bareNameAt(ctx: Ctx, i: number): NameSpan | null {
  return bareNameRead(ctx, i, true);
}

/** `throughList`: whether a name listed after an anchored one may borrow its anchor (one step back at a time). */
function bareNameRead(ctx: Ctx, i: number, throughList: boolean): NameSpan | null {
  const { tokens } = ctx.doc;
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  if (t.arabic) {
    if (!opensWithNameVerb(t)) return null;
    const first = tokens[i + 1];
    if (!first || first.lineStart || !isGivenName(first)) return null;
    const name = nameAt(ctx, i + 1, false);
    if (!name || name.keys.length < 2) return null;
    // Keep the longest part that ends before a word that cannot be a name's: punctuation, a
    // particle (إن، أن، على، في …), a preposition on a word, a date word.
    for (let last = name.last; last > name.first; last--) {
      const next = tokens[last + 1];
      const boundary = !next || next.kind !== "word" || next.lineStart || isStopToken(next) || isCalendarWord(next) || /^(ب|ل|لل|وال|بال)/.test(next.key) || hasTanween(next);
      if (!boundary) continue;
      const keys = joinKeys(tokens, name.first, last);
      if (keys.length < 2 || NAME_OPENERS.has(tokens[last]!.key)) return null;
      return { ...span(ctx, name.first, last), keys };
    }
    return null;
  }
  if (!t.capital || (tokens[i - 1]?.capital && !tokens[i - 1]!.lineStart && tokens[i - 1]!.kind === "word")) return null;
  // The anchor is the verb after the name, so a name may open its line ("Hulusi Akar met …" starting
  // a paragraph), which nameAt refuses for anchors that stand before the name.
  const name = latinName(ctx, i);
  // Particles (bin, al) are not words of the name's length: "Abdulaziz bin Saud al-Khalifa" is four.
  const nameWords = name?.keys.filter((k) => !LATIN_SURNAME_PARTICLE.test(k)).length ?? 0;
  if (!name || nameWords < 2 || nameWords > 4) return null;
  // "Dominic Mensah also attended": an adverb of sequence may stand between the name and its verb.
  const verb = tokens[VERB_ADVERBS.has(tokens[name.last + 1]?.key ?? "") ? name.last + 2 : name.last + 1];
  const before = tokens[i - 1];
  // "Rukhsana Baloch, who chairs …", "…, the company's chief executive, Selam Worku, told Reuters":
  // a name set off by commas before "who" or before the verb.
  const afterComma = verb?.text === "," ? tokens[name.last + 2] : undefined;
  const commaVerb = !!afterComma && afterComma.kind === "word" && (afterComma.key === "who" || (before?.text === "," && nameVerbKeys.has(afterComma.key)));
  const verbAfter = (!!verb && verb.kind === "word" && nameVerbKeys.has(verb.key)) || commaVerb;
  // "the late X Y": a person who has died.
  const lateBefore = before?.key === "late" && tokens[i - 2]?.key === "the";
  const verbBefore = !!before && before.kind === "word" && (LATIN_VERB_BEFORE_NAME.has(before.key) || lateBefore || (before.key === "on" && CALL_VERBS.has(tokens[i - 2]?.key ?? "")));
  const anchored = verbAfter || verbBefore || appointedByName(tokens, name.first, name.last, (k) => !!roleAt(ctx, k));
  // "backed by Javier Milei and Santiago Pena": listed beside a person, a town's word opens a name.
  const listed = !anchored && throughList && listedAfterAnchoredName(ctx, name);
  if (!anchored && !listed) return null;
  if (knownOutlet(name.surface)) return null;
  for (let k = name.first; k <= name.last; k++) {
    const w = tokens[k]!;
    if (w.kind !== "word") continue;
    // "made by Mitsubishi Electric": a company's last word is no word of a person's name.
    // "The 11th Infantry Division said": a unit's words are no person's either.
    if (roleContinuerKeys.has(w.key) || isOrgHeadAt(ctx, k) || companyHeadKeys.has(w.key) || unitNounKeys.has(w.key) || isCalendarWord(w) || (ctx.placeAt[k] && (k === name.first ? !(listed && isPlaceWordOfName(ctx, k, true)) : !isPlaceWordOfName(ctx, k, false)))) return null;
    if (!w.capital && !LATIN_SURNAME_PARTICLE.test(w.key)) return null;
  }
  return name;
}

/**
 * "met Okello Tumusiime and Grace Akello", "met X, Y and Z": names listed after a name the verb
 * before them anchors share it. A comma joins only inside such a list: the name after it is
 * followed by another comma or "and". The list does not lend a verb after it back to its first
 * names ("X and Y said"): a first name there is as often a body's or a place's the lists miss.
 */
function listedAfterAnchoredName(ctx: Ctx, name: NameSpan): boolean {
  const { tokens } = ctx.doc;
  const join = tokens[name.first - 1];
  const listed = join?.key === "and" || (join?.text === "," && (tokens[name.last + 1]?.key === "and" || tokens[name.last + 1]?.text === ","));
  if (!listed) return false;
  // "backed by Javier Milei and Y", "made by Ramon Cruz Jr. and Y": a known public figure, or a name
  // closed by a generation's suffix (no body or firm bears one), before "and" is a person whatever
  // verb stands before the list, so the name listed with him is one too.
  if (join.key === "and" && personBefore(ctx, name.first - 1)) return true;
  if (LIST_VERB_ONLY.has(anchorWord(tokens, name.first - 1))) return false;
  let first = name.first - 2;
  while (first > 0 && tokens[first - 1]!.kind === "word" && !tokens[first]!.lineStart && (tokens[first - 1]!.capital || LATIN_SURNAME_PARTICLE.test(tokens[first - 1]!.key))) first--;
  if (first < 0 || !tokens[first]!.capital) return false;
  const before = bareNameRead(ctx, first, tokens[first - 1]?.key === "and" || tokens[first - 1]?.text === ",");
  return before?.last === name.first - 2;
}

// "Jr.", "Sr.": the suffixes that tell a son from his father of the same name.
const GENERATION_SUFFIXES = new Set(["jr", "sr"]);

/** Whether a person's name surely ends right before token `join`: a public figure's, or one closed by "Jr." or "Sr.". */
function personBefore(ctx: Ctx, join: number): boolean {
  const { tokens } = ctx.doc;
  const end = tokens[join - 1]?.text === "." && !tokens[join - 1]!.spaceBefore ? join - 2 : join - 1;
  const suffix = tokens[end];
  if (suffix?.capital && GENERATION_SUFFIXES.has(suffix.key) && tokens[end - 1]?.capital) return true;
  for (let k = end; k >= Math.max(0, end - 4); k--) {
    const figure = publicFigureAt(ctx, k);
    if (figure) return figure.name.last === end;
  }
  return false;
}

// "built by Lockheed Martin and Northrop Grumman": "by" anchors too weakly to lend itself down a list.
const LIST_VERB_ONLY = new Set(["by"]);

/** The word before the list that `join` (at token index) belongs to: the anchor a first name would have. */
function anchorWord(tokens: readonly Token[], join: number): string {
  let k = join - 1;
  while (k >= 0 && tokens[k]!.kind === "word" && (tokens[k]!.capital || LATIN_SURNAME_PARTICLE.test(tokens[k]!.key))) k--;
  while (k >= 0 && (tokens[k]!.key === "and" || tokens[k]!.text === ",")) {
    k--;
    while (k >= 0 && tokens[k]!.kind === "word" && (tokens[k]!.capital || LATIN_SURNAME_PARTICLE.test(tokens[k]!.key))) k--;
  }
  return tokens[k]?.key ?? "";
}
