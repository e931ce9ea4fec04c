import placeRules from "../rules/places.json";
import type { Ctx } from "../persons/anchor-spans";
import { givenNameKeys } from "../persons/vocabulary";
import { isPossessiveS } from "../text/english-marks";
import { endsInPlaceHead } from "./near-places";

/*
 * "a fast boat will be stationed in Tasvik next year", "an army outpost at Korvik": a capitalized
 * name after "in" or "at" that no list holds is a town when the sentence puts a post, a market or
 * a stationing there. "in"/"at" alone is too loose (studied at Harvard, sang in Creole, held at
 * Easter), so one of these words must say the name is a place. (A time after the name, "in X on
 * Tuesday", was measured too: it found towns, but mostly in sentences naming another state.)
 */

const cues = placeRules.postBeforeTown;
const postNouns = new Set(cues.nouns);
const stationVerbs = new Set(cues.verbs);
const undertakings = new Set(cues.namedUndertakings);
// How far before the preposition a verb of stationing may stand ("based for a year at X").
const VERB_REACH = 5;
// Marks that may close a bare town's name ("in Korvik, where", "at Korvik.").
const NAME_CLOSERS = new Set([",", ".", ";", ":", ")", "!", "?", '"', "”", "—", "–"]);

/** The word at `j` stands between two capitalized words of one run ("Pedro X Nguema"). */
function middleOfName(tokens: Ctx["doc"]["tokens"], j: number): boolean {
  const before = tokens[j - 1];
  return !!before && before.kind === "word" && !before.arabic && before.capital && !tokens[j]!.lineStart;
}

/**
 * The name's last word printed elsewhere before another capitalized word ("X" here, "X Point" there);
 * not inside a longer capitalized run, where it is the middle of a person's name ("Commander Pedro X Nguema").
 */
export function printedLongerElsewhere(ctx: Ctx, last: number): boolean {
  const { tokens } = ctx.doc;
  const key = tokens[last]!.key;
  return tokens.some((t, j) => t.key === key && j !== last && !!tokens[j + 1]?.capital && !tokens[j + 1]!.lineStart && !middleOfName(tokens, j));
}

/** A post's noun right before the preposition at `prep`, or a verb of stationing a few words before it in the clause. */
function postedBefore(ctx: Ctx, prep: number): boolean {
  const { tokens } = ctx.doc;
  if (postNouns.has(tokens[prep - 1]?.key ?? "")) return true;
  for (let j = prep - 1; j >= prep - VERB_REACH && j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind === "punct" || tokens[j + 1]!.lineStart) return false;
    if (stationVerbs.has(t.key)) return true;
  }
  return false;
}

/**
 * Whether the unlisted name first…last after "in" or "at" is a town: a post or a stationing before
 * it, and nothing that reads it as something else: no given name, acronym, or
 * site's or area's noun in it ("at Camp X": read with the noun by their rules), no possessive or
 * glued letters after it ("Korvik's", "Mota'ain", "Ras al-Ardh"), no place's noun after it ("in X
 * district"), and not printed elsewhere as the start of a longer name ("X Training Area").
 */
export function isBareTown(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const prep = tokens[first - 1]!;
  if ((prep.key !== "in" && prep.key !== "at") || prep.lineStart) return false;
  return postedBefore(ctx, first - 1) && readsAsTownOnly(ctx, first, last);
}

/** No given name, acronym or place's noun in the name first…last, nor anything after it that makes it more than a town's name. */
export function readsAsTownOnly(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  if (undertakings.has(tokens[first]!.key)) return false;
  for (let k = first; k <= last; k++) if (givenNameKeys.has(tokens[k]!.key) || /^[A-Z]+$/.test(tokens[k]!.text) || endsInPlaceHead(tokens, k)) return false;
  const next = tokens[last + 1];
  if (next && !next.lineStart) {
    if (isPossessiveS(tokens, last + 2)) return false;
    if (next.kind === "punct" ? !NAME_CLOSERS.has(next.text) : !next.spaceBefore || next.capital || endsInPlaceHead(tokens, last + 1)) return false;
    // "Ras al-Ardh": a particle glued to the rest of the name.
    if (next.kind === "word" && tokens[last + 2]?.text === "-" && !tokens[last + 2]!.spaceBefore) return false;
  }
  return !printedLongerElsewhere(ctx, last);
}

/** "at Korvik, near Gao": the state of the listed town a name is placed near in apposition. */
export function appositiveNearState(ctx: Ctx, last: number): string | undefined {
  const { tokens } = ctx.doc;
  if (tokens[last + 1]?.text !== "," || tokens[last + 2]?.key !== "near") return undefined;
  const town = ctx.placeAt[last + 3];
  return town && town.firstToken === last + 3 && !town.viaDemonym && town.iso2 ? town.iso2 : undefined;
}
