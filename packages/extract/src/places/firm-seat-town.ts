import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";

/*
 * "مقر المجموعة بعمان", "مقر المؤسسة بالطاهير", "مقر الشركة في الدار البيضاء": a firm or a public
 * works said again by its kind has seats, plants and branches in more than one town, so the seat is
 * told apart by the town printed after ب or في, which the site's name keeps. A state's body said
 * again (مقر الوزارة بالرياض) sits in one capital: the town only says where, and stays apart.
 */

const firmKeys = new Set(["المجموعة", "المؤسسة", "الشركة"].map((w) => matchKey(w)));

/** The definite word at `j` names a firm or public works by its kind only. */
export function isFirmSaidAgain(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return !!t && !t.lineStart && t.kind === "word" && tokenReadsAs(t, firmKeys) && t.key.startsWith("ال");
}
