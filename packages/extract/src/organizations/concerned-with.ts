import type { Token } from "../text/tokens";
import { matchKey } from "../text/normalize";

const CONCERNED = new Set(["المعني", "المعنية"].map((w) => matchKey(w)));

/**
 * "الفريق المختلط … المعني بالهجرة", "اللجنة الوطنية المعنية بمكافحة التهريب": what a body is
 * concerned with, in ب right after المعني(ة), is in its name, with the definite word an indefinite
 * one is in construct with. Returns the last token of it, -1 when `j` opens none.
 */
export function concernedWithEnd(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  const before = tokens[j - 1];
  if (!t?.arabic || !before?.arabic || !CONCERNED.has(before.key) || !/^ب/.test(t.key) || t.key.length <= 3) return -1;
  const next = tokens[j + 1];
  const inConstruct = !t.key.startsWith("بال") && !!next?.arabic && next.kind === "word" && next.key.startsWith("ال") && next.key.length > 3;
  return inConstruct ? j + 1 : j;
}
