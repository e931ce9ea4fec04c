import type { Token } from "../text/tokens";
import { type Ctx, isPlaceToken, joinKeys, type NameSpan, nameSpan } from "./anchor-spans";
import { endsOnBodyHead } from "./body-head-names";
import { holdsCompanyForm } from "./company-forms";
import { isRoleHeadAt } from "./head-lookups";
import { isPlaceWordOfName } from "./place-word-names";
import { rankAt } from "./ranks";
import { isCalendarWord, isGivenName, isStopToken } from "./vocabulary";

/** A personal name in Latin letters read forwards from its first capitalized word. */

export const LATIN_CONNECT = new Set(["bin", "bint", "ibn", "al", "el", "de", "van", "von", "der", "da", "di", "la", "le", "abu"]);

export function latinName(ctx: Ctx, i: number): NameSpan | null {
  const { tokens } = ctx.doc;
  const t0 = tokens[i]!;
  if (!t0.capital || (isStopToken(t0) && !isGivenSaid(tokens, i)) || isCalendarWord(t0) || isRoleHeadAt(ctx, i) || rankAt(ctx, i)) return null;
  if (isPlaceToken(ctx, i) && !isGivenName(t0) && !isPlaceWordOfName(ctx, i, true)) return null;
  let last = i;
  let words = 1;
  for (let j = i + 1; j < tokens.length && words < 5; j++) {
    const t = tokens[j]!;
    if (t.lineStart) break;
    if (t.text === "-" && !t.spaceBefore && tokens[j + 1]?.kind === "word" && !tokens[j + 1]!.spaceBefore) {
      last = j + 1;
      j++;
      continue;
    }
    // "O'Donnell", "D'Souza": an apostrophe glued between a word and a capitalized one joins them.
    if (isNameApostrophe(tokens, j)) {
      last = j + 1;
      j++;
      continue;
    }
    if (t.text === "." && !t.spaceBefore && tokens[j - 1]!.text.length === 1) {
      last = j;
      continue;
    }
    if (t.kind !== "word") break;
    if (!t.spaceBefore && tokens[j - 1]!.kind === "word") break;
    // "Jan van der Berg": a run of particles goes on the name when a capitalized word follows it.
    if (LATIN_CONNECT.has(t.key) && (tokens[j + 1]?.capital || particlesOpenWord(tokens, j))) {
      last = j;
      continue;
    }
    // "Thabet al-Abbasi", "Abdel Fattah el-Sisi": a lower-case article glued to the family name.
    const glued = tokens[j + 2];
    if (LATIN_CONNECT.has(t.key) && tokens[j + 1]?.text === "-" && !tokens[j + 1]!.spaceBefore && glued?.capital && !glued.spaceBefore) {
      last = j + 2;
      j += 2;
      words++;
      continue;
    }
    if (!t.capital || (isStopToken(t) && !isGivenSaid(tokens, j)) || isCalendarWord(t) || isRoleHeadAt(ctx, j) || rankAt(ctx, j)) break;
    if (isPlaceToken(ctx, j) && !isGivenName(t) && !isPlaceWordOfName(ctx, j, false)) break;
    last = j;
    words++;
  }
  if (holdsCompanyForm(tokens, i, last) || endsOnBodyHead(tokens, i, last)) return null;
  return nameSpan(ctx, i, last, joinKeys(tokens, i, last).filter((k) => k !== "-"));
}

/** True when lower-case particles from j on ("van der") end on a capitalized word of the same line. */
function particlesOpenWord(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < j + 3 && tokens[k] && LATIN_CONNECT.has(tokens[k]!.key) && !tokens[k]!.capital) k++;
  const next = tokens[k];
  return k > j && !!next && next.kind === "word" && next.capital && !next.lineStart;
}

/**
 * "Said Hassan met …": the given name Said, spelt like the verb, opens a name when a capitalized
 * word follows it; the verb ("said Hassan", "Said the minister") is lower-case or followed by one.
 */
export function isGivenSaid(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.text === "Said" && !!next && next.kind === "word" && !next.arabic && next.capital && next.spaceBefore && !next.lineStart && !isStopToken(next);
}

/** An apostrophe inside a Latin name ("O'Brien"): glued on both sides, a capitalized word after it. */
export function isNameApostrophe(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (
    (t.text === "'" || t.text === "\u2019") &&
    !t.spaceBefore &&
    before?.kind === "word" &&
    !before.arabic &&
    before.capital &&
    after?.kind === "word" &&
    !after.spaceBefore &&
    after.capital
  );
}
