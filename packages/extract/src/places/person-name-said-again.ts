import type { Ctx } from "../persons/anchor-spans";
import { nameVerbKeys } from "../persons/vocabulary";
import { tokenReadsAs, type Token } from "../text/tokens";
import { rankEndsAt } from "./person-name-places";

/*
 * A person named in full once is named again by the last words of the name ("… Tendai Moyo …
 * Moyo said", "عبد الحكيم X … أكد X أن", "النقيب X أن"). Where such a word is also a town or an
 * area of the gazetteer, the bare mention stands where a person stands, not where a place does:
 * right after a rank, before an English verb of saying or doing, or after an Arabic one (the verb
 * opens the sentence and the subject follows). A town printed after a preposition ("at Luba",
 * "في X") or a dateline's is still the town: nothing here reads those.
 */

/** Words a person of the story is named by after the first ("Moyo" of "Tendai Moyo"). */
export function laterNameWords(tokens: readonly Token[], spans: readonly { first: number; last: number }[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    if (s.last === s.first) continue;
    for (let k = s.first + 1; k <= s.last; k++) if (tokens[k]!.kind === "word") out.add(tokens[k]!.key);
  }
  return out;
}

/** Whether tokens `first`..`last`, each a later word of a person's name, are that person named again. */
export function isPersonNameSaidAgain(ctx: Ctx, nameWords: ReadonlySet<string>, first: number, last: number): boolean {
  if (!nameWords.size) return false;
  const { tokens } = ctx.doc;
  for (let k = first; k <= last; k++) if (!nameWords.has(tokens[k]!.key)) return false;
  // "Ondo Esono told": the rest of the name after the place's word.
  let end = last;
  while (tokens[end + 1] && !tokens[end + 1]!.lineStart && nameWords.has(tokens[end + 1]!.key)) end++;
  const t = tokens[first]!;
  if (!t.lineStart && rankEndsAt(ctx, first - 1)) return true;
  if (t.arabic) {
    const before = tokens[first - 1];
    return !!before && !t.lineStart && before.kind === "word" && tokenReadsAs(before, nameVerbKeys);
  }
  const after = tokens[end + 1];
  return !!after && after.kind === "word" && !after.arabic && !after.lineStart && nameVerbKeys.has(after.key);
}
