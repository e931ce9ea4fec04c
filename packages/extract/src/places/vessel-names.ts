import type { Token } from "../text/tokens";
import { opensWithVesselPrefix } from "../persons/eponyms";
import { SHIP_KINDS } from "../persons/possessive-head-noun";

/*
 * Ships are named after places: "the car carrier Bursa", "the oil tanker MT Grace Abuja", "the
 * patrol boat BRP Cebu". A place printed right after a lower-case noun of a ship, or inside a
 * capitalized name a navy's or a merchant ship's prefix opens, is the ship's name and no place of
 * the story; after a preposition ("the tanker sailed to Abuja") it is the place again.
 */

const SHIP_NOUNS = new Set([...SHIP_KINDS, "carrier", "freighter", "ferry", "liner", "ships", "vessels"]);
/** Most capitalized words between a ship's prefix and the place in its name ("MT Grace Abuja"). */
const PREFIX_REACH = 3;

/** Whether the English place first…last is a ship's name. */
export function isVesselNamedAfterPlace(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first];
  if (!t || t.arabic || t.lineStart) return false;
  const before = tokens[first - 1];
  if (before && before.kind === "word" && !before.arabic && !before.capital && SHIP_NOUNS.has(before.key)) return true;
  for (let k = first - 1; k >= 0 && k >= first - PREFIX_REACH; k--) {
    const w = tokens[k]!;
    if (w.kind !== "word" || w.arabic || !w.capital) return false;
    if (opensWithVesselPrefix(tokens, k)) return true;
    if (w.lineStart) return false;
  }
  return false;
}
