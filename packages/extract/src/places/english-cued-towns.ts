import placeRules from "../rules/places.json";
import type { Ctx } from "../persons/anchor-spans";
import { printedStateOf } from "./printed-state";
import { townNounAfter } from "./town-apposition";

/*
 * English towns no list holds that the sentence itself says are places, by what follows the name:
 * an apposition of what it is ("Kelbori, a border town in northern Mali"), a distance from another
 * place ("Kelbori, some 40 km from Gao"), or, after "in", "at" or "from", the state or region it
 * lies in set off by a comma ("in Kelbori, Kenya," "from Kelbori, Mopti region"). A person is never
 * described so; a body is not placed by a state after a comma in running text.
 */
const cues = placeRules.englishTownCues;
const approximations = new Set(cues.approximations);
const distanceUnits = new Set(cues.distanceUnits);
const PLACING_PREPOSITIONS = new Set(["in", "at", "from"]);

/** ", some 40 km from …": a distance measured from the name to another place. */
function distanceAfter(ctx: Ctx, last: number): boolean {
  const { tokens } = ctx.doc;
  if (tokens[last + 1]?.text !== ",") return false;
  let k = last + 2;
  if (approximations.has(tokens[k]?.key ?? "")) k++;
  if (tokens[k]?.key === "than") k++;
  if (tokens[k]?.kind !== "num") return false;
  while (tokens[k + 1]?.kind === "num" || (tokens[k + 1]?.text === "," && tokens[k + 2]?.kind === "num")) k++;
  return distanceUnits.has(tokens[k + 1]?.key ?? "");
}

/** Whether the capitalized name at first..last is a town by the words around it. */
export function isCuedTown(ctx: Ctx, first: number, last: number): boolean {
  if (townNounAfter(ctx.doc.tokens, last) >= 0 || distanceAfter(ctx, last)) return true;
  const before = ctx.doc.tokens[first - 1]?.key ?? "";
  return PLACING_PREPOSITIONS.has(before) && printedStateOf(ctx, first, last) !== null;
}
