import rules from "../rules/metadata.json";
import type { Line } from "../document";
import { keyOf } from "./header-lines";

/**
 * A minister's statement to the press, as the office prints it: the minister's name with the
 * honorific of a member of parliament ("Senator the Hon X", "The Hon X MP"), the office held
 * ("Minister for Foreign Affairs"), then the label ("MEDIA RELEASE") and the date over the headline.
 * The name and the label are no headline, and the office issues the statement: it is the source.
 */

const releaseLabelKeys = new Set(rules.releaseLabels.map(keyOf));
// "Senator the Hon", "The Hon", "Hon.", "the Honourable": a member of parliament named so signs as the issuer.
const HONORIFIC_NAME = /^(?:senator\s+)?(?:the\s+)?hon(?:ourable|orable|\.)?\s+\p{Lu}/iu;
// The issuer's block is a few short lines: the name and one or two lines of office.
const MAX_BLOCK = 4;
const MAX_OFFICE_WORDS = 10;

/** Whether the line is only a press office's label for its statement ("MEDIA RELEASE"). */
export function isReleaseLabel(line: Line): boolean {
  return line.words <= 4 && releaseLabelKeys.has(keyOf(line.text.trim()));
}

/**
 * The index in `lines` of the release label closing an issuer's block at the page's top (a name
 * with a parliamentary honorific, its office, then the label), or -1.
 */
export function releaseLabelAt(lines: readonly Line[]): number {
  for (let i = 1; i < Math.min(lines.length, MAX_BLOCK + 1); i++) {
    if (!isReleaseLabel(lines[i]!)) continue;
    return issuerNameAt(lines, i) >= 0 ? i : -1;
  }
  return -1;
}

/** The office line under the issuer's name above the release label: the office issuing the statement, or null. */
export function releaseIssuer(lines: readonly Line[]): string | null {
  const label = releaseLabelAt(lines);
  if (label < 0) return null;
  const office = lines[issuerNameAt(lines, label) + 1];
  return office && office !== lines[label] && office.words <= MAX_OFFICE_WORDS ? office.text.trim() : null;
}

/** The index of the line above the label that opens with a parliamentary honorific, or -1. */
function issuerNameAt(lines: readonly Line[], label: number): number {
  for (let j = 0; j < label; j++) if (HONORIFIC_NAME.test(lines[j]!.text.trim())) return j;
  return -1;
}
