import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import type { PlaceHit } from "./gazetteer";
import { matchKey } from "../text/normalize";

/*
 * "The U.S. State Department", "a former US naval base", "with US firm X": English puts a state's
 * short letters before a noun as an adjective, saying whose the thing is, as a demonym does; that
 * mention names no place of the story (the state still counts). Before a verb or after a
 * preposition the letters stand for the state ("U.S. clears sale", "bought in the US").
 * Headlines are left alone: their capitals are typography, not names.
 */

const describedBodyKeys = new Set(rules.describedBodyNouns.map((w) => matchKey(w)));
const ARTICLE_BEFORE = new Set(["a", "an", "former"]);
const LETTERS = /^(?:[A-Z]\.?){2,3}$/u;

/** Whether `p`, a state printed by its letters in the body, qualifies the noun after it. */
export function isAttributiveState(ctx: Ctx, p: PlaceHit, titleEnd: number): boolean {
  if (p.viaDemonym || p.kind !== "country" || p.start < titleEnd || !LETTERS.test(p.surface)) return false;
  const { tokens } = ctx.doc;
  const next = tokens[p.lastToken + 1];
  if (!next || next.arabic || next.kind !== "word" || next.lineStart) return false;
  // "the U.S. State Department": a name follows; "US firm X": a noun of what the body is.
  if (next.capital || describedBodyKeys.has(next.key)) return true;
  // "a former US naval base": an indefinite article opens the phrase the letters sit in.
  return ARTICLE_BEFORE.has(tokens[p.firstToken - 1]?.key ?? "");
}
