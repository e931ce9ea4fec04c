import placeRules from "../rules/places.json";
import type { Token } from "../text/tokens";

/*
 * Towns share names with the people of the story ("POSADAS, Argentina" and the station's chief
 * "Luis Posadas"; "the naval base at Luba" and its commander "Pedro Luba Nguema"). A bare family
 * name is a person's later mention only where a person can stand: the city a wire files from in
 * its dateline, or the name after a post or an installation and "at" or "in" ("the base at X", "a
 * station in X"), is a town whatever else bears its name. A full name is never read so.
 */

const POST_NOUNS = new Set(placeRules.postBeforeTown.nouns);

/** The dateline's city: the first word of a line, in capitals, right before a comma. */
function datelineCity(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return !!t.lineStart && t.text.length > 1 && t.text === t.text.toUpperCase() && tokens[k + 1]?.text === ",";
}

/** "the naval base at X", "the station in X": a post or an installation, then "at" or "in". */
function afterPost(tokens: readonly Token[], k: number): boolean {
  const prep = tokens[k - 1];
  return !!prep && (prep.key === "at" || prep.key === "in") && POST_NOUNS.has(tokens[k - 2]?.key ?? "");
}

/** Whether the one-word name at `k`, which a person's bare family name also covers, is a town by where it stands. */
export function isTownNamedLikePerson(tokens: readonly Token[], k: number, bareOnly: boolean): boolean {
  const t = tokens[k];
  if (!bareOnly || !t || t.arabic || t.kind !== "word") return false;
  return datelineCity(tokens, k) || afterPost(tokens, k);
}
