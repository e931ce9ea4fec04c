import rules from "../rules/places.json";
import { matchKey } from "../text/normalize";

/**
 * A strait, a shoal or a river no gazetteer row holds ("مضيق X", "X Shoal", "نهر X", "X River")
 * lies between states or in waters several claim, so the state printed nearest it, or the story's
 * home, is no state of its own: such a water is listed with none. Word list: rules/places.json.
 */
const arHeadKeys = new Set(rules.sharedWaterHeads.ar.map((w) => matchKey(w)));
const enHeadKeys = new Set(rules.sharedWaterHeads.en.map((w) => w.toLowerCase()));

/** Whether a place's printed name (head and all, no proclitic) names a strait, shoal, reef or river. */
export function namesSharedWater(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return false;
  if (/[\u0600-\u06FF]/u.test(words[0]!)) return arHeadKeys.has(matchKey(words[0]!));
  // "Chobe River", "Second Thomas Shoal"; "Strait of Hormuz".
  return enHeadKeys.has(words.at(-1)!.toLowerCase()) || (words[1]!.toLowerCase() === "of" && enHeadKeys.has(words[0]!.toLowerCase()));
}

const bridgeKeys = new Set([...rules.bridgeHeads.ar.map((w) => matchKey(w)), ...rules.bridgeHeads.en]);

/**
 * "the X international bridge", "جسر X": a bridge named in a story of borders spans the water
 * between two states, so, like the water, it is listed with no state of its own.
 */
export function namesBridge(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return false;
  return /[\u0600-\u06FF]/u.test(words[0]!) ? bridgeKeys.has(matchKey(words[0]!)) : bridgeKeys.has(words.at(-1)!.toLowerCase());
}
