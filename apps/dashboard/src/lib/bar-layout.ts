/**
 * Where the i-th of n bars starts, in a 0–100 wide chart. Bars read in the direction of the
 * interface language: oldest on the left in English, on the right in Arabic.
 */
export function barStart(i: number, n: number, dir: "ltr" | "rtl"): number {
  const slot = 100 / Math.max(1, n);
  const position = dir === "ltr" ? i : n - 1 - i;
  return position * slot + slot * 0.15;
}
