import type { Token } from "../text/tokens";
import type { OtherKind } from "./other-kinds";

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

// Happenings one side does on its own side of a border: troops sent there, a drill held there.
const ONE_SIDED: readonly OtherKind[] = ["deployment", "exercise"];
const BEFORE_PARTNER_AR = /(?:^|\s)(?:و|ب|ل|ف|وب|ول|وف)?(?:ال)?حدود\S*\s+مع\s+$/u;
// "its Savanes region, which borders Burkina Faso", "a district bordering X": the neighbour of the place.
const BEFORE_PARTNER_EN = /\b(?:(?:border|borders|frontier)\s+with|which\s+borders|bordering)\s+(?:the\s+)?$/iu;

/**
 * "نشرت الدومينيكان ألفي جندي قرب المدينة على الحدود مع هايتي", "drills near the border with X",
 * "troops deployed to its region which borders X":
 * troops sent or drilled on one side of a border are the deed of the state that sent them; the
 * state across it (printed at `start`) takes no part, as it does in a clash there.
 */
export function partnerAcrossBorder(text: string, start: number, kinds: readonly OtherKind[] | undefined): boolean {
  if (!kinds?.length || !kinds.every((k) => ONE_SIDED.includes(k))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return BEFORE_PARTNER_AR.test(before) || BEFORE_PARTNER_EN.test(before);
}
