import type { Doc, Line } from "../document";
import { matchKey } from "../text/normalize";

/**
 * "السنة 155 العدد 54021", "رقم العدد [17150]", "Vol. 12 No. 301": the volume and issue a paper
 * prints beside its date on the masthead. They are the page's furniture, no outlet's name, so a
 * dated line holding them is still a masthead.
 */

// Labels of one or two words, each numbered by the figure after it (brackets and stops between).
const LABELS = ["السنة", "العدد", "رقم العدد", "عدد", "الإصدار", "vol", "volume", "no", "issue", "year"].map((l) => l.split(" ").map(matchKey));

/** Token indices of the line's volume and issue labels and their numbers. */
export function issueNumberTokens(doc: Doc, line: Line): number[] {
  const out: number[] = [];
  for (let k = line.first; k < line.last; k++) {
    const label = LABELS.find((words) => words.every((w, n) => doc.tokens[k + n]?.key === w));
    if (!label) continue;
    let j = k + label.length;
    while (j < line.last && j - k - label.length < 2 && doc.tokens[j]!.kind === "punct") j++;
    if (j >= line.last || doc.tokens[j]!.kind !== "num") continue;
    for (let n = k; n <= j; n++) out.push(n);
    k = j;
  }
  return out;
}
