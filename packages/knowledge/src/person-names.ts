import { matchKey } from "@marsad/extract/text";

/**
 * Whether two spellings of a person's name can be the same person. Arabic names grow by inserting
 * the father's and grandfather's names (صدام حفتر → صدام خليفة حفتر), so a name matches a longer
 * one when the given name and the family name agree and the shorter is a subsequence of the
 * longer. Sharing a family name (خالد حفتر, صدام حفتر) or a single token (أحمد خليفة, خليفة حفتر)
 * is never enough.
 */
export function nameTokens(name: string): string[] {
  return matchKey(name).split(" ").filter(Boolean);
}

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const t of long) if (t === short[i]) i++;
  return i === short.length;
}

export function sameNameKey(a: string, b: string): boolean {
  return nameTokens(a).join(" ") === nameTokens(b).join(" ");
}

export function compatibleNames(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.join(" ") === tb.join(" ")) return true;
  if (ta.length < 2 || tb.length < 2) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short[0] === long[0] && short.at(-1) === long.at(-1) && isSubsequence(short, long);
}

/** Name key used in the entities and aliases tables. */
export function nameKey(name: string): string {
  return nameTokens(name).join(" ");
}
