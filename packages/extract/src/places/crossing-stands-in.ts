import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { tokenReadsAs } from "../text/tokens";
import { positionKeys } from "./town-heads";

// The nouns of a border crossing, also inside a building's name ("مبنى إدارة منفذ X").
const crossingKeys = new Set(["منفذ", "معبر"].map((w) => matchKey(w)));
// "غربي محافظة X", "في ولاية X": what may stand between the crossing and the area it stands in.
const areaWords = new Set(["في", "محافظة", "ولاية", "مدينة", "بلدة", "منطقة", "إقليم", "قضاء", "ناحية"].map((w) => matchKey(w)));
const MAX_GAP = 3;

/**
 * "منفذ عرعر الحدودي غربي محافظة الأنبار": a crossing is often named after the town across the
 * border, so the area printed right after it (a direction, في or an area's head between) says the
 * state it stands in, over the town of its name. Returns that state, else null.
 */
export function crossingStandsIn(ctx: Ctx, s: { first: number; last: number }): string | null {
  const { tokens } = ctx.doc;
  let crossing = false;
  for (let k = s.first; k <= s.last && !crossing; k++) crossing = tokenReadsAs(tokens[k]!, crossingKeys);
  if (!crossing) return null;
  for (let k = s.last + 1; k <= s.last + MAX_GAP && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lineStart || t.kind !== "word") return null;
    const p = ctx.placeAt[k];
    if (p && !p.viaDemonym && p.iso2) return p.iso2;
    if (!positionKeys.has(t.key) && !tokenReadsAs(t, areaWords)) return null;
  }
  return null;
}
