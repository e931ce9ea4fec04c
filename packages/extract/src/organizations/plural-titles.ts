import { pluralRoleKeys } from "../persons/vocabulary";
import type { Token } from "../text/tokens";
import { tokenReadsAs } from "../text/tokens";

/**
 * "وأعضاء السفارة الهندية", "قادة الجيش": a plural title holds no one person's office, so the
 * Arabic body right after it in construct stands for itself and is a body of the story, as
 * "NATO ministers" is in English.
 */
export function followsPluralTitle(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return !!before && before.kind === "word" && before.arabic && !tokens[first]!.lineStart && tokenReadsAs(before, pluralRoleKeys);
}
