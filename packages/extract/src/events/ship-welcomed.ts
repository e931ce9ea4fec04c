import type { Token } from "../text/tokens";
import { HAPPENING_KINDS, type CueHit } from "./cues";
import type { EventRead } from "./event-read";

// "استقبلها", "وكان قد استقبلتها": the verb of receiving with "her" as object, as Arabic says of a ship.
const RECEIVED_HER = /^و?استقبل(ت)?ها$/u;

/**
 * "ووصلت الفرقاطة X إلى ميناء Y. وقد استقبلها في الميناء قائد Z": who received the ship told in the
 * sentence right before took part in its arrival; no reception of its own. Only a sentence whose
 * every happening is that verb, after a ship's arrival (otherKinds "docking").
 */
export function shipReceived(tokens: readonly Pick<Token, "text">[], cues: readonly CueHit[], found: readonly EventRead[], ui: number): EventRead | null {
  const told = cues.filter((c) => HAPPENING_KINDS.has(c.kind));
  if (!told.length || !told.every((c) => c.first === c.last && RECEIVED_HER.test(tokens[c.first]!.text))) return null;
  const ship = found.at(-1);
  return ship && ship.unit === ui - 1 && ship.type === "other" && ship.otherKinds?.includes("docking") ? ship : null;
}
