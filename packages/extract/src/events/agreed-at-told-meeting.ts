import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { EventRead } from "./event-read";

/** "خلال", "في ختام", "عقب": when, in the talks, something was agreed. */
const DURING = new Set(["خلال", "ختام", "نهاية", "أثناء", "اثناء", "عقب", "ختامها"].map(wordKey));
/** The talks named again with the article: the ones the article has told. */
const TOLD_TALKS = new Set(["الاجتماع", "الجلسة", "اللقاء", "المباحثات", "المحادثات", "الاجتماعات"].map(wordKey));
/** Words around the verb the reference to the talks may stand in ("وفي ختام الجلسة اتفق …", "اتفق الجانبان خلال الاجتماع على"). */
const BEFORE = 6;
const AFTER = 6;

/**
 * "عقد X وY جلسة مباحثات … واتفق الجانبان في ختام الجلسة على …": what the two sides agreed on
 * during the talks an earlier sentence told, named again with the article, is what those talks
 * gave, no agreement of its own, however many sentences lie between. Not an agreement told first,
 * whose talks are named with it for the first time ("اتفقا في ختام اجتماع عقداه في …").
 */
export function agreedAtToldMeeting(tokens: readonly Token[], c: CueHit, first: number, last: number, found: readonly EventRead[], ui: number): boolean {
  if (!found.some((e) => e.type === "meeting" && e.unit < ui && e.participants.length > 0)) return false;
  const from = Math.max(first, c.first - BEFORE);
  const to = Math.min(last - 1, c.last + AFTER);
  for (let k = from; k < to; k++) {
    if (DURING.has(tokens[k]!.key) && TOLD_TALKS.has(tokens[k + 1]!.key)) return true;
  }
  return false;
}
