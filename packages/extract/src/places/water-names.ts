import placeRules from "../rules/places.json";
import type { Ctx } from "../persons/anchor-spans";

/*
 * English seas and straits are named after the land they wash: a region or town of the gazetteer
 * right before a capitalized `Sea` or `Strait` ("the Korvo Sea", "Haddow Strait") is the water's
 * name, not the land, which is then no place of that mention. Heads: `waterHeadsAfterName` in rules/places.json (rules only).
 */

const waterHeadKeys = new Set(placeRules.waterHeadsAfterName.en.map((w) => w.toLowerCase()));

/** The first token of a water's name before the head at `head`..`headLast`, or -1. */
export function waterNamedAfterPlace(ctx: Ctx, head: number, headLast: number): number {
  const { tokens } = ctx.doc;
  const h = tokens[head]!;
  if (head !== headLast || !h.capital || !waterHeadKeys.has(h.key) || ctx.placeAt[head]) return -1;
  const before = tokens[head - 1];
  if (!before || before.kind !== "word" || !before.capital || before.arabic) return -1;
  const p = ctx.placeAt[head - 1];
  if (!p || p.viaDemonym || p.kind === "country" || p.lastToken !== head - 1) return -1;
  return p.firstToken;
}
