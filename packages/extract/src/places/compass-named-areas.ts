import type { HeadedPlace } from "./locations";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { AR_COMPASS, PLACE_PREPOSITIONS } from "./compass-named-regions";

/*
 * "رجال الأعمال في المنطقة الشرقية", "وصلت إلى المنطقة الوسطى": a state's region named by its
 * compass point alone (Libya's east, Saudi Arabia's Eastern Province) is a named region when a
 * preposition puts something in it. After an office (قائد المنطقة الجنوبية) it is a command, and
 * before العسكرية a military region, neither a place.
 */
const AREA = matchKey("المنطقة");
const AREA_AFTER_BI = matchKey("بالمنطقة");
const MILITARY = matchKey("العسكرية");

export function findCompassNamedAreas(ctx: Ctx): HeadedPlace[] {
  const { tokens, text } = ctx.doc;
  const out: HeadedPlace[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const clitic = t.key === AREA_AFTER_BI;
    if (!t.arabic || !(clitic || (t.key === AREA && PLACE_PREPOSITIONS.has(tokens[i - 1]!.key)))) continue;
    const compass = tokens[i + 1]!;
    if (compass.lineStart || !AR_COMPASS.has(compass.key) || tokens[i + 2]?.key === MILITARY) continue;
    const start = clitic ? t.start + 1 : t.start;
    const name = text.slice(start, compass.end);
    out.push({ first: i, last: i + 1, start, end: compass.end, surface: name, name, headed: name, kind: "region" });
  }
  return out;
}
