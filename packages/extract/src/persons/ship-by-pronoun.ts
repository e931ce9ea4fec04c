import type { Ctx } from "./anchor-spans";
import { opensWithVesselPrefix } from "./eponyms";
import { SHIP_KINDS, shipNationality } from "./possessive-head-noun";
import rules from "../rules/persons.json";
import { matchKey } from "../text/normalize";
import { isRoleHeadAt } from "./head-lookups";
import { rankAt } from "./ranks";
import { ownedByState } from "./roles";
import { isCalendarWord, isStopToken } from "./vocabulary";

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

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "his", "her", "their", "our"]);
const COMMAND_OFFICES = new Set(rules.shipCommandOffices.map(matchKey));
const KINDS = new Set(SHIP_KINDS);

export interface ShipCommanded {
  /** "the frigate ROKS X", or "HDMS X" when no kind stands right before the name. */
  ship: string;
  /** Token of the ship's name's first word. */
  at: number;
  state: string | null;
}

/** Most letters of an abbreviation a navy's dotted prefix is made of ("Zr", "Ms"). */
const ABBREVIATION_LETTERS = 3;

/** Whether the word at k is a short abbreviation closed by a dot printed right after it ("Zr."). */
function abbreviationDot(tokens: Ctx["doc"]["tokens"], k: number): boolean {
  const t = tokens[k]!;
  const dot = tokens[k + 1];
  return t.text.length <= ABBREVIATION_LETTERS && dot?.text === "." && dot.start === t.end && !!tokens[k + 2] && !tokens[k + 2]!.lineStart;
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
    const capitalAt = (x: number) => tokens[x]?.kind === "word" && tokens[x].capital && !tokens[x].arabic && !tokens[x].lineStart;
    while (last - k < SHIP_NAME_WORDS) {
      if (capitalAt(last + 1)) last++;
      // "Zr.Ms. Holland", "Hr.Ms. X": a navy's prefix of dotted abbreviations opens the name.
      else if (abbreviationDot(tokens, last) && capitalAt(last + 2)) last += 2;
      else break;
    }
    // "Italy's training ship Palinuro": one word after the kind is the name when no other word it
    // may be (a place, a day, a title) and a state or a nationality owns the ship before its kind.
    if (last === k && !prefixed && !oneWordShipName(ctx, k)) continue;
    const kind = KINDS.has(tokens[k - 1]?.key ?? "") ? k - 1 : -1;
    const name = text.slice(tokens[k]!.start, tokens[last]!.end);
    // "the assault ship X", "the patrol vessel Y": a lower-case word before the kind says what ship it is.
    const what = kind > 0 && tokens[kind - 1]!.kind === "word" && !tokens[kind - 1]!.capital && !tokens[kind - 1]!.arabic && !DETERMINERS.has(tokens[kind - 1]!.key) && !ctx.placeAt[kind - 1] ? kind - 1 : kind;
    return { ship: kind >= 0 ? `the ${text.slice(tokens[what]!.start, tokens[kind]!.end)} ${name}` : name, at: k, state: shipNationality(ctx, kind >= 0 ? kind : k) };
  }
  return null;
}

/** The one capitalized word at k after a ship's kind is its name: no place, day or title, and a state or a nationality before the kind. */
function oneWordShipName(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[k]!;
  if (ctx.placeAt[k] || isStopToken(t) || isCalendarWord(t) || rankAt(ctx, k) || isRoleHeadAt(ctx, k)) return false;
  // "Italian training ship X", "Italy's training ship X": up to two lower-case words between.
  for (let q = k - 2; q >= k - 4 && q >= 0; q--) {
    if (ctx.placeAt[q]?.iso2 || ownedByState(ctx, q + 1)) return true;
    const w = tokens[q]!;
    if (w.kind !== "word" || w.capital || w.arabic || DETERMINERS.has(w.key)) return false;
  }
  return false;
}
