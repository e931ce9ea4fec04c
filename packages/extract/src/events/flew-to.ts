import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

// "flew to Accra", "flew into Goma", "flew in from Lomé": a journey somewhere.
const TOWARDS = new Set(["to", "into", "in", "back"]);
// "flew on Tuesday to X", "flew by helicopter to X": a few words may stand before "to".
const REACH = 4;

/**
 * "a drone … flew for about 15 minutes over the city", "the jets flew over the strait": "flew" is a
 * visit only when it says where someone flew to; over a place, or nowhere, it tells a flight.
 */
export function flewNowhere(tokens: readonly Pick<Token, "key" | "kind">[], c: CueHit): boolean {
  if (c.kind !== "visit" || tokens[c.first]!.key !== "flew") return false;
  for (let k = c.first + 1; k <= c.first + REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" || t.key === "over") return true;
    if (TOWARDS.has(t.key)) return false;
  }
  return true;
}
