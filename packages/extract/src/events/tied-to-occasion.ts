import type { Doc } from "../document";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { EventRead, EventType } from "./event-read";

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
    if (e.date || e.backdrop || e.clauseStart !== undefined) continue;
    const type = tiedTo(doc.tokens, e.start, e.end);
    if (!type) continue;
    const before = events.filter((o) => o !== e && o.date && o.start < e.start && !o.backdrop && o.clauseStart === undefined && o.type === type);
    const last = before.sort((a, b) => b.start - a.start)[0];
    if (last) e.date = last.date;
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
    if (e.backdrop || e.clauseStart !== undefined || e.backstory || e.type === "visit" || e.type === "statement") continue;
    if (e.location && !e.datelinePlace && e.location.mentions.some((m) => m.start >= e.start && m.end <= e.end)) continue;
    const type = tiedTo(doc.tokens, e.start, e.end);
    if (!type) continue;
    const last = events.filter((o) => o !== e && o.location && !o.datelinePlace && o.start < e.start && !o.backdrop && o.clauseStart === undefined && o.type === type).sort((a, b) => b.start - a.start)[0];
    if (!last) continue;
    e.location = last.location;
    e.datelinePlace = false;
  }
}

/** The kind of occasion the text between start and end sets its happening before or after, or null. */
function tiedTo(tokens: readonly Token[], start: number, end: number): EventType | null {
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
    const n = t.arabic ? k + 1 : tokens[k + 1]?.key === "the" ? k + 2 : -1;
    const noun = tokens[n];
    if (!noun || noun.end > end) continue;
    const type = OCCASION_NOUNS.get(noun.key);
    if (type) return type;
    if (noun.key === OPERATION && tokens[n + 1]?.key.startsWith("ال")) return "other";
  }
  return null;
}
