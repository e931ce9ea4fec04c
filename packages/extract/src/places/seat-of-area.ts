import { tokenReadsAs, wordKey, type Token } from "../text/tokens";

// "مركز" before an area's head names the seat of that area, as "عاصمة" does.
const SEAT = new Set(["مركز"].map(wordKey));
const AREA_HEADS = new Set(["إقليم", "الإقليم", "محافظة", "المحافظة", "ولاية", "الولاية", "منطقة", "المنطقة", "مقاطعة", "المقاطعة", "قضاء", "القضاء", "مديرية", "المديرية", "لواء"].map(wordKey));

/**
 * "مدينة بلدوين، مركز إقليم هيران": مركز before an area's head tells which area a town is the seat
 * of. It describes the town named before it and is no site of its own, so no event stands there
 * rather than in the town.
 */
export function isSeatOfArea(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head];
  const next = tokens[head + 1];
  return !!t && !!next && tokenReadsAs(t, SEAT) && !next.lineStart && AREA_HEADS.has(next.key);
}
