import type { Ctx } from "./anchor-spans";
import { opensWithVesselPrefix } from "./eponyms";
import { SHIP_KINDS, shipNationality } from "./possessive-head-noun";
import rules from "../rules/persons.json";
import { matchKey } from "../text/normalize";

/**
 * "the South Korean frigate ROKS X, which is berthed at Y, … by its commanding officer, Commander Z",
 * "the frigate HNoMS X … toured the frigate, whose commanding officer": an officer who commands a
 * ship (shipCommandOffices) after "its" or "whose" commands the ship named last before him, printed
 * with a navy's prefix or after its kind ("the Vietnamese frigate X. Its commanding officer").
 * He serves the ship's state, the nationality printed before its kind.
 */

/** How far back (in tokens) the ship may be named: the sentence and one or two before. */
const SHIP_WITHIN = 80;
/** Most capitalized words a ship's name runs to. */
const SHIP_NAME_WORDS = 4;

const COMMAND_OFFICES = new Set(rules.shipCommandOffices.map(matchKey));
const KINDS = new Set(SHIP_KINDS);

export interface ShipCommanded {
  /** "the frigate ROKS X", or "HDMS X" when no kind stands right before the name. */
  ship: string;
  /** Token of the ship's name's first word. */
  at: number;
  state: string | null;
}

/** Whether an English office is one that commands a ship ("commanding officer", "captain"). */
export function commandsShip(office: string): boolean {
  return COMMAND_OFFICES.has(matchKey(office));
}

/** The ship named last before token `owner` ("its", "whose"), or null. */
export function shipBefore(ctx: Ctx, owner: number): ShipCommanded | null {
  const { tokens, text } = ctx.doc;
  for (let k = owner - 1; k >= 0 && owner - k <= SHIP_WITHIN; k--) {
    const prefixed = opensWithVesselPrefix(tokens, k);
    const afterKind = !prefixed && KINDS.has(tokens[k - 1]?.key ?? "") && !tokens[k - 1]!.capital && tokens[k]!.capital && !tokens[k]!.arabic;
    if (!prefixed && !afterKind) continue;
    let last = k;
    while (last - k < SHIP_NAME_WORDS && tokens[last + 1]?.kind === "word" && tokens[last + 1]!.capital && !tokens[last + 1]!.arabic && !tokens[last + 1]!.lineStart) last++;
    if (last === k && !prefixed) continue;
    const kind = KINDS.has(tokens[k - 1]?.key ?? "") ? k - 1 : -1;
    const name = text.slice(tokens[k]!.start, tokens[last]!.end);
    return { ship: kind >= 0 ? `the ${tokens[kind]!.text} ${name}` : name, at: k, state: shipNationality(ctx, kind >= 0 ? kind : k) };
  }
  return null;
}
