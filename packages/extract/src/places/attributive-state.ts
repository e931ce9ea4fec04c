import rules from "../rules/organizations.json";
import eventRules from "../rules/events.json";
import type { Ctx } from "../persons/anchor-spans";
import type { PlaceHit } from "./gazetteer";
import { matchKey } from "../text/normalize";
import { isCalendarWord, isStopToken, nameVerbKeys } from "../persons/vocabulary";
import { isPlaceHeadAt } from "../persons/head-lookups";

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

/*
 * "Pacific ports", "a small Pacific island nation", "a Sahel threat", "Arctic radar": English also
 * puts the name of a sea, an ocean or a region of several states before a lower-case noun as an
 * adjective of where the thing is from or for; that mention names no place of the story, nor does
 * one that opens a longer capitalized name ("the Mekong Trade Expo", "the ship Pacific Star"). The same
 * name as a noun stays one ("into the Atlantic", "the Pacific faces", "Europe's makers"), and so
 * does one before a place's head ("the Pacific coast": that head reads the place) and a sea named
 * with its head ("the Sulu Sea would").
 */
// "the Pacific do not", "the Sahel has": the verbs that follow a name as its subject.
const AUXILIARIES = new Set(["is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "remains", "remain", "faces", "face", "needs", "need", "saw", "sees", "became", "becomes"]);

// "the Skagerrak strait": a water's own noun after its name in lower case says what the name is.
const waterNounKeys = new Set(eventRules.waterHeads.en);

const PREPOSITIONS = new Set(["towards", "toward", "into", "onto", "across", "through", "via", "beyond", "along", "off"]);

export function isAttributiveRegion(ctx: Ctx, p: PlaceHit): boolean {
  if (p.viaDemonym || p.kind !== "region" || p.iso2 || p.firstToken !== p.lastToken) return false;
  const { tokens } = ctx.doc;
  const t = tokens[p.firstToken]!;
  const next = tokens[p.lastToken + 1];
  if (t.arabic || !next || next.arabic || next.kind !== "word" || next.lineStart || !next.spaceBefore || isPlaceHeadAt(ctx, p.lastToken + 1)) return false;
  // "the Mekong Agri-Food Expo", "the cargo ship Pacific Hope": a name goes on after the region.
  if (next.capital) return !isCalendarWord(next);
  return !isStopToken(next) && !waterNounKeys.has(next.key) && !AUXILIARIES.has(next.key) && !PREPOSITIONS.has(next.key) && !isCalendarWord(next) && !nameVerbKeys.has(next.key);
}
