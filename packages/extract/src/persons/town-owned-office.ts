import { worldTownOwning } from "../places/english-world-towns";
import { isPossessiveS } from "../text/english-marks";
import type { Ctx, RoleSpan } from "./anchor-spans";

/** Most capitalized words of a town's name before its possessive. */
const TOWN_WORDS = 3;

/**
 * "Tornio's mayor, X", "Rivera's intendente, Y": an English office opened by a town's possessive is
 * held in that town, and its holder serves the town's state: a place the gazetteer reads there, or
 * a town of the world lists (read only where a sentence puts a town, which a possessive before an
 * office does).
 */
export function stateOfTownOwningOffice(ctx: Ctx, role: RoleSpan): string | null {
  const { tokens } = ctx.doc;
  const s = [role.first - 1, role.first + 2].find((k) => isPossessiveS(tokens, k) && k <= role.last + 1);
  if (s === undefined) return null;
  const last = s - 2;
  let first = last;
  while (first > last - TOWN_WORDS + 1 && tokens[first - 1]?.capital && !tokens[first - 1]!.lineStart && !tokens[first]!.lineStart) first--;
  if (!tokens[last]?.capital) return null;
  // A town the gazetteer reads there gives its state, though a host's place in an office gives none.
  const listed = ctx.placeAt[last];
  if (listed) return listed.viaDemonym || listed.lastToken !== last ? null : listed.iso2 || null;
  for (; first <= last; first++) {
    const state = worldTownOwning(ctx, first, last);
    if (state) return state;
  }
  return null;
}
