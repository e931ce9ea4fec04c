import type { Token } from "../text/tokens";
import type { HeadedPlace } from "./locations";

// "District 7", "Ward 3": cities of Vietnam and elsewhere number their urban districts, and a
// capitalized area noun before the number is that district's name, as a name before "Province"
// is a province's.
const numberedAreaHeads = new Set(["district", "ward", "precinct", "sector", "zone"]);

export function findNumberedDistricts(tokens: readonly Token[], text: string): HeadedPlace[] {
  const out: HeadedPlace[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const head = tokens[i]!;
    const num = tokens[i + 1]!;
    if (head.arabic || head.kind !== "word" || !head.capital || head.lineStart || !numberedAreaHeads.has(head.key)) continue;
    // "in District 7": after a preposition of place, so no list item, page or clause numbered so.
    if (num.kind !== "num" || num.lineStart || !/^[0-9]{1,2}$/.test(num.text) || !["in", "of", "at"].includes(tokens[i - 1]!.key)) continue;
    const after = tokens[i + 2];
    // "District 7-B", "District 7.5": more than a bare number is a code.
    if (after && !after.spaceBefore && (after.kind !== "punct" || /^[-/]$/.test(after.text) || (after.text === "." && tokens[i + 3]?.kind === "num" && !tokens[i + 3]!.spaceBefore))) continue;
    const name = text.slice(head.start, num.end);
    out.push({ first: i, last: i + 1, start: head.start, end: num.end, surface: name, name, headed: name, kind: "region" });
    i++;
  }
  return out;
}
