import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";

/*
 * "مركز لوجستي", "مركز لتزويد السفن", "قاعدة لإطلاق الصواريخ": an indefinite site noun followed at
 * once by an adjective of its kind or by ل on a verbal noun says what sort of place is meant (a
 * logistics hub, a centre for supplying ships), no place of its own name. The word's ل is no clitic
 * on a name there ("قاعدة لومبروم" goes on: a name, no verbal noun).
 */

const kindAdjectiveKeys = new Set(["لوجستي", "لوجستية", "لوجيستي", "لوجيستية"].map((w) => matchKey(w)));
/** ل on a verbal noun: تفعيل/تفاعل (لتزويد, لتبادل), إفعال (لإيواء, folded to لا + ي/و), استفعال (لاستقبال), مفاعلة (لمكافحة). */
const PURPOSE_NOUN = /^ل(?:ت[\u0621-\u064A]{3,}|ا[\u0621-\u064A][يو][\u0621-\u064A]{1,3}|است[\u0621-\u064A]{3,}|م[\u0621-\u064A]{3,}ه)$/u;

/** The word at `j`, right after the indefinite site noun at `head`, tells the site's kind, not its name. */
export function tellsKindOfUnnamedSite(tokens: readonly Token[], head: number, j: number): boolean {
  const t = tokens[j]!;
  if (j !== head + 1 || tokens[head]!.key.startsWith("ال") || t.lineStart || t.kind !== "word") return false;
  return kindAdjectiveKeys.has(t.key) || PURPOSE_NOUN.test(t.key);
}
