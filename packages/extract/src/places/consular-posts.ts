import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";

/*
 * "والقنصل العام لجمهورية X بالداخلة،", "سفير بلاده بالعيون.": a consul, a consulate or an
 * ambassador is posted in a town, so a listed town whose name is also a word (الداخلة 'the inner
 * one') is the town when it closes the office's phrase after ب or في.
 */
const POST_WORDS = new Set(["قنصل", "القنصل", "قنصلية", "القنصلية", "قنصلا", "سفير", "السفير", "سفارة", "السفارة"].map((w) => matchKey(w)));
const IN_CLITICS = new Set(["ب", "وب"]);
/** Words of the office's phrase between its head and the town ("العام لجمهورية X الإسلامية"). */
const MAX_GAP = 6;

/** Whether the one word at `k`, printed with `clitic`, is where a consul or an ambassador is posted. */
export function isConsularPost(tokens: readonly Token[], k: number, clitic: string): boolean {
  const before = tokens[k - 1];
  const inTown = IN_CLITICS.has(clitic) || (clitic === "" && before?.key === "في");
  if (!inTown || tokens[k]!.lineStart) return false;
  const next = tokens[k + 1];
  if (next && !next.lineStart && next.kind !== "punct") return false;
  const from = clitic === "" ? k - 2 : k - 1;
  for (let j = from; j >= 0 && j >= from - MAX_GAP; j--) {
    const t = tokens[j]!;
    if (t.kind === "punct" || tokens[j + 1]!.lineStart) return false;
    if (POST_WORDS.has(t.key.replace(/^و(?=..)/u, ""))) return true;
  }
  return false;
}
