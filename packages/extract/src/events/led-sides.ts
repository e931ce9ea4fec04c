import { wordKey, type Token } from "../text/tokens";
import type { EventRead } from "./event-read";
import type { Unit } from "./units";

// "وترأست الجانب المغربي X"، "فيما قاد الوفد الإسباني Y": a verb of leading a side or a delegation.
const LEAD_AR = new Set(["ترأس", "ترأست", "وترأس", "وترأست", "رأس", "رأست", "ورأس", "ورأست", "قاد", "قادت", "وقاد", "وقادت"].map(wordKey));
const SIDE_AR = new Set(["الجانب", "الوفد"].map(wordKey));
// "led the Spanish delegation", "headed the Moroccan side".
const LEAD_EN = new Set(["led", "headed"]);
const SIDE_EN = new Set(["delegation", "side"]);
// How many sentences back the occasion may have been told.
const REACH = 2;

/** Whether the sentence says who led a side or a delegation ("وترأس الجانب التونسي X", "X led the Omani delegation"). */
function tellsLeaders(tokens: readonly Token[], u: Unit): boolean {
  for (let k = u.first; k + 1 < u.last; k++) {
    const t = tokens[k]!;
    if (LEAD_AR.has(t.key) && SIDE_AR.has(tokens[k + 1]!.key)) return true;
    if (LEAD_EN.has(t.key) && tokens[k + 1]!.key === "the") {
      for (let j = k + 2; j < u.last && j <= k + 4; j++) if (SIDE_EN.has(tokens[j]!.key)) return true;
    }
  }
  return false;
}

/**
 * "عقد مسؤولون مغاربة وإسبان أمس اجتماعا …" then "وترأست الجانب المغربي X، فيما قاد الوفد الإسباني Y":
 * a sentence that reports no happening of its own and says who led the sides is the list of the
 * meeting's parties told just before. Returns that meeting, or null.
 */
export function meetingOfLeaders(tokens: readonly Token[], u: Unit, found: readonly EventRead[], ui: number): EventRead | null {
  if (!tellsLeaders(tokens, u)) return null;
  for (let k = found.length - 1; k >= 0; k--) {
    const e = found[k]!;
    if (e.type === "meeting" && ui - e.unit <= REACH) return e;
  }
  return null;
}
