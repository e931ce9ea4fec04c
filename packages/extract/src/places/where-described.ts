import type { Token } from "../text/tokens";

/*
 * "زار المنطقة الحرة في X، حيث …", "in X, where …": a name after "in" that the sentence goes on to
 * describe with "where" is a place by the sentence's own word (src/places/arabic-where-places.ts,
 * near-places.ts). So a listed town whose name is also a common word (الزرقاء 'the blue one') is
 * read there as the town, with its listed state and position, as after a cue word.
 */
const IN_WORDS = new Set(["في", "in", "at"]);

/** Whether the words `first`…`last` stand after "في"/"in"/"at" and before a comma and "حيث"/"where". */
export function describedByWhere(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const comma = tokens[last + 1];
  const where = tokens[last + 2];
  if (!before || !comma || !where || tokens[first]!.lineStart || comma.lineStart) return false;
  if (!IN_WORDS.has(before.key) || (comma.text !== "،" && comma.text !== ",")) return false;
  return where.key === (tokens[first]!.arabic ? "حيث" : "where");
}
