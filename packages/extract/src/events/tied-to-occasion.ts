import type { Doc } from "../document";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import { findDates, findRelative } from "../dates/find";
import { firstTokenFrom } from "../text/tokens";
import { tokensWithin } from "../text/tokens-within";
import type { EventRead, EventType } from "./event-read";
import type { OtherKind } from "./other-kinds";
import { AFTER_WORDS as AFTER } from "./after-words";

// "قبل التوقيع", "عقب اللقاء", "after the signing": a word of before or after, then the occasion;
// "على هامش المؤتمر", "on the sidelines of the summit": held beside it.
// "في ختام المباحثات", "at the close of the talks": at its end.
const BEFORE_OR_AFTER = new Set(["قبل", "وقبل", "عقب", "وعقب", "بعد", "وبعد", "اثر", "واثر", "هامش", "ختام", "before", "after", "following", "of"].map((w) => matchKey(w)));
// The occasion said again by its noun with the article, and the kind of event it names.
const OCCASION_NOUNS = new Map<string, EventType>(
  [
    ...["التوقيع", "signing"].map((w) => [w, "agreement"] as const),
    ...["اللقاء", "الاجتماع", "المباحثات", "المحادثات", "الجلسة", "talks", "meeting"].map((w) => [w, "meeting"] as const),
    ...["المؤتمر", "القمة", "المنتدى", "conference", "summit", "forum"].map((w) => [w, "conference"] as const),
    // "وعقب المراسم", "after the ceremony": the welcome told before.
    ...["المراسم", "ceremony"].map((w) => [w, "reception"] as const),
  ].map(([w, t]) => [matchKey(w), t]),
);
// "وبعد الافتتاح", "after the opening", "after the drill": an 'other' happening of a family told
// before, named again by its noun; "the launch" names one of no family. The verbs that told it
// find it too when its sentence read it as of another family ("افتتح … وحدة … بتمويل").
export const OPENING_VERBS = ["افتتح", "افتتحت", "افتتحا", "وافتتح", "وافتتحت", "دشن", "دشنت", "ودشن", "ودشنت", "opened", "inaugurated", "ribbon"];
const OTHER_OCCASION_NOUNS = new Map<string, { kind: OtherKind | null; verbs: ReadonlySet<string> }>(
  (
    [
      [["الافتتاح", "التدشين", "opening", "inauguration"], "opening", OPENING_VERBS],
      [["التمرين", "المناورة", "المناورات", "التمارين", "drill", "drills", "exercise", "exercises"], "exercise", []],
      [["launch"], null, ["launched"]],
    ] as const
  ).flatMap(([nouns, kind, verbs]) => nouns.map((w) => [matchKey(w), { kind, verbs: new Set(verbs.map((v) => matchKey(v))) }] as const)),
);
// A ceremony (and a ceremony of a kind: "عقب حفل الافتتاح") is the welcome or the opening told before.
const CEREMONY_NOUNS = new Set(["المراسم", "الحفل", "الاحتفال", "حفل", "مراسم", "ceremony"].map((w) => matchKey(w)));

/** The occasion a sentence is tied to: an event of a type, for an 'other' one of a family (null: any). */
interface Tie {
  type: EventType;
  kind?: OtherKind | null;
  verbs?: ReadonlySet<string>;
}

/** "وبعد الاجتماع", "after the talks": the occasion's noun at token `k` only dates what the sentence tells by it. */
export function occasionAsTime(tokens: readonly Pick<Token, "key">[], k: number): boolean {
  const before = tokens[tokens[k - 1]?.key === "the" ? k - 2 : k - 1]?.key ?? "";
  return before !== "of" && BEFORE_OR_AFTER.has(before) && OCCASION_NOUNS.has(tokens[k]?.key ?? "");
}

/** The kind of event an occasion's noun names again ("talks": a meeting), or undefined. */
export function occasionOfNoun(key: string): EventType | undefined {
  return OCCASION_NOUNS.get(key);
}

// "عقب عملية الضبط": an operation told before, named by its noun and its deed.
const OPERATION = matchKey("عملية");

/**
 * "وكان الوزير قد عقد مع نظيره، قبل التوقيع، جلسة مباحثات", "وعقب عملية الضبط، التقى المحافظ …",
 * "after the signing, the two ministers toured …", "وعلى هامش المؤتمر، عقد X لقاء": a happening its
 * sentence sets just before or after an occasion told earlier, or beside a gathering, named again
 * with the article, took place the day of that occasion (a gathering's first, the day it opened), when the sentence gives it no day of its own. Told as backstory too: the occasion
 * dates it.
 */
export function dateByOccasionTiedTo(doc: Doc, events: EventRead[]): void {
  for (const e of events) {
    if (e.backdrop || e.clauseStart !== undefined) continue;
    // A day the sentence got from elsewhere (the sentence before, the same people's other doing)
    // yields to the occasion it is tied to; a day it prints itself does not.
    if (e.date && printsOwnDay(doc, e.start, e.end)) continue;
    const ties = tiedTo(doc.tokens, e.start, e.end);
    if (!ties.length) continue;
    for (const tie of ties) {
      const last = occasionBefore(doc, events, e, tie, (o) => !!o.date);
      if (!last) continue;
      e.date = last.date;
      break;
    }
  }
}

/**
 * "وعقب المراسم، عقد الوزيران اجتماعا", "ووقع الجانبان في ختام المباحثات …": a happening its sentence
 * sets right after or at the close of an occasion told earlier took place where that occasion did,
 * when its own sentence prints no place for it (a place it took from another sentence, or none).
 * Not a backdrop nor an earlier happening of a clause, which may have been anywhere.
 */
export function placeByOccasionTiedTo(doc: Doc, events: EventRead[]): void {
  for (const e of events) {
    if (e.backdrop || e.clauseStart !== undefined || e.backstory || e.type === "statement") continue;
    // "After the opening, X toured the site": a visit told after an occasion with no place at all
    // went round where that occasion was; one placed anywhere went where its words say.
    if (e.type === "visit" && e.location) continue;
    if (e.location && !e.datelinePlace && e.location.mentions.some((m) => m.start >= e.start && m.end <= e.end)) continue;
    for (const tie of tiedTo(doc.tokens, e.start, e.end)) {
      const last = occasionBefore(doc, events, e, tie, (o) => !!o.location && !o.datelinePlace);
      if (!last) continue;
      e.location = last.location;
      e.datelinePlace = false;
      break;
    }
  }
}

/**
 * The latest event told before `e` that is the occasion `tie` names, among those that `has` what is
 * wanted. An 'other' occasion is first one told by its family or its verbs ("launched" for "the
 * launch"), then, for a family, one of no family.
 */
function occasionBefore(doc: Doc, events: EventRead[], e: EventRead, tie: Tie, has: (o: EventRead) => boolean): EventRead | undefined {
  const before = events.filter((o) => o !== e && has(o) && o.start < e.start && !o.backdrop && o.clauseStart === undefined && o.type === tie.type).sort((a, b) => b.start - a.start);
  if (tie.type !== "other" || (!tie.kind && !tie.verbs?.size)) return before[0];
  const told = (o: EventRead) => (!!tie.kind && !!o.otherKinds?.includes(tie.kind)) || tokensWithin(doc.tokens, o.start, o.end).some((t) => tie.verbs?.has(t.key));
  return before.find(told) ?? (tie.kind ? before.find((o) => !o.otherKinds?.length) : undefined);
}

// Words opening a clause about something else of the sentence ("…، حيث قدم لهما X شرحا عن زمن العبور الذي
// يستغرق اليوم ساعات", "…, where queues have grown"): a day word after them is not the happening's.
const CLAUSE_WORDS = new Set(["حيث", "الذي", "التي", "الذين", "اللذين", "اللتين", "where", "which", "who", "whose", "while"].map((w) => matchKey(w)));

/** Whether the main clause between start and end prints a day of its own: a date, a weekday or a relative day word. */
function printsOwnDay(doc: Doc, start: number, end: number): boolean {
  const first = firstTokenFrom(doc.tokens, start);
  if (first < 0) return false;
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last]!.end <= end && !CLAUSE_WORDS.has(doc.tokens[last]!.key)) last++;
  return findDates(doc.tokens, doc.text, first, last, doc.language === "en").length > 0 || findRelative(doc.tokens, doc.text, first, last).length > 0;
}

/** The occasions the text between start and end sets its happening before or after, best first. */
function tiedTo(tokens: readonly Token[], start: number, end: number): Tie[] {
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.start < start) continue;
    if (t.end > end) break;
    if (!BEFORE_OR_AFTER.has(t.key)) continue;
    // "هامش" only after "على", "ختام" after "في", "of" only in "the sidelines of", "the close of".
    if (t.key === "هامش" && !/^و?علي$/u.test(tokens[k - 1]?.key ?? "")) continue;
    if (t.key === matchKey("ختام") && !/^و?في$/u.test(tokens[k - 1]?.key ?? "")) continue;
    if (t.key === "of" && !["sidelines", "close", "end", "conclusion"].includes(tokens[k - 1]?.key ?? "")) continue;
    // English names the occasion told with "the"; Arabic nouns carry the article in the list.
    let n = t.arabic ? k + 1 : tokens[k + 1]?.key === "the" ? k + 2 : -1;
    // "عقب حفل الافتتاح", "after the opening ceremony": the ceremony of the occasion named beside it.
    if (CEREMONY_NOUNS.has(tokens[n]?.key ?? "") && OTHER_OCCASION_NOUNS.has(tokens[n + 1]?.key ?? "")) n++;
    const noun = tokens[n];
    if (!noun || noun.end > end) continue;
    const type = OCCASION_NOUNS.get(noun.key);
    if (CEREMONY_NOUNS.has(noun.key)) return [{ type: "reception" }, { type: "other", ...OTHER_OCCASION_NOUNS.get("opening")! }];
    if (type) return [{ type }];
    const other = OTHER_OCCASION_NOUNS.get(noun.key);
    // A drill lasts days: what is done on its sidelines or before it may fall on any of them, what
    // is done after it on the day it was told.
    if (other && (other.kind !== "exercise" || AFTER.has(t.key))) return [{ type: "other", ...other }];
    if (noun.key === OPERATION && tokens[n + 1]?.key.startsWith("ال")) return [{ type: "other" }];
  }
  return [];
}
