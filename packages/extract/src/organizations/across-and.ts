import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { isOrgHeadAt, isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { companyHeadKeys, isGivenName, isStopToken } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";
import { readings } from "../text/tokens";

/**
 * Names that go on across "and": a ministry, committee or academy is often named by the fields it
 * covers ("وزارة الدفاع والإنتاج الحربي", "لجنة الدفاع والأمن", "University of Arts and Sciences"),
 * while "and" elsewhere joins two bodies or a body and a person, which stay apart.
 */

const fieldHeadKeys = new Set(rules.fieldHeads.map((w) => matchKey(w)));
const timeKeys = new Set(rules.timeNouns.map((w) => matchKey(w)));
// "بين وزارة الدفاع والقطاع الخاص": بين wants two sides joined by و; the و there ends the name.
const PAIRING_WORDS = new Set(["بين", "وبين"]);

const definiteReading = (key: string): boolean => readings(key).some((r) => r.key.startsWith("ال") && r.key.length > 3);

/**
 * True when the word at `j`, printed with و, is one more field in the name of the body whose head
 * runs from `headFirst` to `headLast` and whose name so far ends at `j - 1`: the head names its
 * fields, the word before is a definite noun of the name (no place, no nationality), and the word
 * itself is a definite noun that opens no body, title or place of its own.
 */
export function joinsFieldAfterAnd(ctx: Ctx, headFirst: number, headLast: number, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j];
  const before = tokens[j - 1];
  if (!t?.arabic || !before?.arabic || t.lineStart || j - 1 <= headLast) return false;
  if (!t.key.startsWith("وال") || t.key.length <= 5 || !definiteReading(before.key)) return false;
  if (!readings(tokens[headFirst]!.key).some((r) => fieldHeadKeys.has(r.key.replace(/^ال/, "")))) return false;
  for (let k = headFirst - 1; k >= 0 && k >= headFirst - 2; k--) if (PAIRING_WORDS.has(tokens[k]!.key)) return false;
  if (ctx.placeAt[j - 1] || ctx.placeAt[j] || isStopToken(t) || timeKeys.has(t.key.slice(1))) return false;
  return !isOrgHeadAt(ctx, j) && !isRoleHeadAt(ctx, j) && !rankAt(ctx, j);
}

const LOWER_FUNCTION = new Set(["the", "a", "an", "of", "for", "and", "in", "on", "at"]);

/**
 * "Karachi Shipyard and Engineering Works", "University of Arts and Sciences": True when the
 * capitalized words after the "and" at `j` (one to three, then a lower-case word or punctuation)
 * finish the same name: none is a place, a head of another body, a title, a rank, an acronym or a
 * person's given name.
 */
export function englishNameGoesOnAfterAnd(ctx: Ctx, j: number): number {
  const { tokens } = ctx.doc;
  const before = tokens[j - 1];
  if (tokens[j]?.key !== "and" || !before?.capital || ctx.placeAt[j - 1]) return -1;
  let k = j + 1;
  for (; k < tokens.length && k <= j + 3; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !t.capital || LOWER_FUNCTION.has(t.key)) break;
    if (t.lineStart || ctx.placeAt[k] || t.text === t.text.toUpperCase() || isGivenName(t)) return -1;
    if (isOrgHeadAt(ctx, k) || isRoleHeadAt(ctx, k) || rankAt(ctx, k)) return -1;
  }
  const after = tokens[k];
  if (k === j + 1 || (after?.kind === "word" && after.capital && !LOWER_FUNCTION.has(after.key))) return -1;
  // "Bluewater Sonar Systems and Port Kelang Marine": two companies' names, each closed by its last word.
  if (companyHeadKeys.has(tokens[k - 1]!.key) && (companyHeadKeys.has(before.key) || isOrgHeadAt(ctx, j - 1))) return -1;
  return k - 1;
}
