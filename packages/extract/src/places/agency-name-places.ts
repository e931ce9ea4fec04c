/**
 * "لوكالة المغرب العربي للأنباء", "وكالة تونس أفريقيا للأنباء": a place between an agency's word and
 * "للأنباء" names the news agency, not a place of the story.
 */
import { matchKey } from "../text/normalize";
import { tokenReadings, type Token } from "../text/tokens";

const AGENCY = matchKey("وكالة");
const OF_NEWS = new Set(["للأنباء", "للانباء"].map((w) => matchKey(w)));
/** Words of the agency's name the place may share with it ("تونس أفريقيا"). */
const MAX_NAME = 3;

export function inNewsAgencyName(tokens: readonly Token[], first: number, last: number): boolean {
  let open = -1;
  for (let k = first - 1; k >= 0 && k >= first - MAX_NAME; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (tokenReadings(t).some((r) => r.key === AGENCY)) {
      open = k;
      break;
    }
    if (t.lineStart) return false;
  }
  if (open < 0 || tokens[first]!.lineStart) return false;
  for (let k = last + 1; k <= open + MAX_NAME + 1 && wordOnLine(tokens, k); k++) if (OF_NEWS.has(tokens[k]!.key)) return true;
  return false;
}

// A module function, not a closure made at every call: asked of every place the article names, and
// under tsx (keepNames) each named closure costs a defineProperty.
function wordOnLine(tokens: readonly Token[], k: number): boolean {
  return !!tokens[k] && tokens[k].kind === "word" && !tokens[k].lineStart;
}
