import type { Token } from "../text/tokens";

// "الحدود", "حدودها", "الحدودية", "بالشريط الحدودي": a word of the border, after a proclitic.
const BORDER_AR = /^(و|ب|ل|ف|وب|ول|وف)?(ال)?حدود/u;
const BORDER_EN = new Set(["border", "borders", "frontier"]);

/**
 * "على الحدود مع أفغانستان", "along its border with Iraq": the state across a border is the other
 * side of it, not where talks, a signing or a visit to the border took place.
 */
export function acrossBorder(tokens: readonly Token[], s: { first: number }): boolean {
  const at = tokens[s.first - 1]?.key === "the" ? s.first - 1 : s.first;
  const w = tokens[at - 1]?.key;
  const border = tokens[at - 2];
  if (!border) return false;
  return (w === "مع" && BORDER_AR.test(border.key)) || (w === "with" && BORDER_EN.has(border.key));
}
