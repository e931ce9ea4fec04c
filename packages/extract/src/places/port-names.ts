import placeRules from "../rules/places.json";
import { matchKey } from "../text/normalize";

const portKeys = new Set(placeRules.portTradeAdjectives.ports.map((w) => matchKey(w)));
const tradeKeys = new Set(placeRules.portTradeAdjectives.ar.map((w) => matchKey(w)));

/**
 * "ميناء X التجاري" → "ميناء X", "ميناء X النهري" → "ميناء X": a port of a one-word name is listed
 * without the adjective of its trade, which says again what "ميناء" says; any other name as it is.
 */
export function withoutPortAdjective(name: string): string {
  const words = name.split(/\s+/u);
  return words.length === 3 && portKeys.has(matchKey(words[0]!)) && tradeKeys.has(matchKey(words[2]!)) ? words.slice(0, 2).join(" ") : name;
}
