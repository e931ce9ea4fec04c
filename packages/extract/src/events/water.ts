import rules from "../rules/events.json";
import { matchKey } from "../text/normalize";

const WATER = new Set([...rules.waterHeads.ar, ...rules.waterHeads.en].map((w) => matchKey(w)));

/** A sea, strait, gulf or ocean by the words of its name ("مضيق باب المندب", "Strait of Malacca"). */
export function isWaterBody(name: string): boolean {
  return name.split(/\s+/u).some((w) => WATER.has(matchKey(w)));
}
