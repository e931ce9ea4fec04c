import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { Unit } from "./units";

// "وتأتي", "ويأتي", "وجاءت", "تأتي": the occasion as the subject of coming (after something).
const COMES_AR = new Set(["تاتي", "وتاتي", "ياتي", "وياتي", "جاءت", "وجاءت", "جاء", "وجاء"].map((w) => matchKey(w)));
const COMES_EN = new Set(["follows", "comes", "came", "followed"]);
// "هذه المباحثات", "الزيارة", "The meeting": the occasion told, said again.
export const THIS_AR: ReadonlySet<string> = new Set(["هذه", "هذا"].map((w) => matchKey(w)));
const OCCASION_AR = new Set(["المباحثات", "المحادثات", "الاجتماع", "اللقاء", "الزيارة", "المذكرة", "الاتفاقية", "الاتفاق", "الخطوة", "الجلسة", "القمة"].map((w) => matchKey(w)));
const OCCASION_EN = new Set(["meeting", "talks", "visit", "agreement", "memorandum", "pact", "deal", "summit", "session"]);

/**
 * "وتأتي هذه المباحثات تنفيذا لما اتفق عليه X وY خلال لقائهما الأخير", "The meeting follows an
 * understanding reached by X and Y": a sentence opened by the occasion told and a verb of coming
 * tells what led to it. The talks, visits and agreements it names with no day of their own are the
 * story's background, no occasions of it (an attack it follows, which the story tells, stays one).
 */
export function toldAsBackground(tokens: readonly Pick<Token, "key" | "arabic">[], u: Unit): boolean {
  const first = tokens[u.first];
  if (!first) return false;
  if (first.arabic) {
    if (!COMES_AR.has(first.key)) return false;
    const next = tokens[u.first + 1]?.key ?? "";
    const noun = THIS_AR.has(next) ? (tokens[u.first + 2]?.key ?? "") : next;
    return OCCASION_AR.has(noun);
  }
  const at = first.key === "the" || first.key === "this" ? u.first + 1 : u.first;
  return OCCASION_EN.has(tokens[at]?.key ?? "") && COMES_EN.has(tokens[at + 1]?.key ?? "");
}
