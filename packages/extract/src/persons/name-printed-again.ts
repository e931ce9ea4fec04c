import type { Doc } from "../document";
import { functionWordKeys } from "../text/function-words";
import { readings, wordKey } from "../text/tokens";
import type { Ctx } from "./anchor-spans";
import { isStopKey, speechKeys } from "./vocabulary";

/** A name word that opens with ب ل ك or فال is the name's own letter when the article prints it again as a subject. */

/**
 * "رونالدو باوتيستا … وقال باوتيستا", "كارمن فالديفيا … وزارت فالديفيا": a word of a name that
 * opens with ب ل ك or فال is the name's own letter when the article prints the very same word
 * again right after a verb it is the subject of, where no preposition or conjunction can stand.
 * A place or a function word read under the proclitic is still the proclitic's.
 */
export function printedAgain(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  if (ctx.placeAt[j]) return false;
  if (readings(t.key).some((r) => r.cut > 0 && (isStopKey(r.key) || functionWordKeys.has(r.key)))) return false;
  const afterVerb = (k: number) => {
    const prev = tokens[k - 1];
    return !!prev && prev.kind === "word" && (SUBJECT_VERBS.has(prev.key) || (/^[وف]/.test(prev.key) && SUBJECT_VERBS.has(prev.key.slice(1))));
  };
  return (subjectPositions(ctx.doc, afterVerb).get(t.key) ?? 0) > 0;
}

// Verbs whose next word is a person: speech verbs and the verbs of a remark ("من جهته، أشار X إلى"),
// their subject, and meeting and travel verbs
// (subject or the person met). Verbs that take things ("قدم برنامجا") are left out.
const SUBJECT_VERBS = new Set([...speechKeys, ...["قالت", "أضافت", "أوضحت", "أكد", "أكدت", "صرحت", "زار", "زارت", "وصل", "وصلت", "التقى", "التقت", "استقبل", "استقبلت", "غادر", "غادرت", "أشار", "أشارت", "شدد", "شددت", "لفت", "لفتت"].map(wordKey)]);

const subjectPositionsOf = new WeakMap<Doc, Map<string, number>>();

/** How often each word stands right after a verb of speech or action (as its subject). */
function subjectPositions(doc: Doc, afterVerb: (k: number) => boolean): Map<string, number> {
  let m = subjectPositionsOf.get(doc);
  if (!m) {
    m = new Map();
    doc.tokens.forEach((t, k) => {
      if (t.kind === "word" && t.arabic && afterVerb(k)) m!.set(t.key, (m!.get(t.key) ?? 0) + 1);
    });
    subjectPositionsOf.set(doc, m);
  }
  return m;
}
