import type { Ctx } from "../persons/anchor-spans";
import { isEdifice } from "../places/body-buildings";
import placeRules from "../rules/places.json";
import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";

// The seat of a head of state or government and the presidency it houses: "دار رئاسة الوزراء", "مقر رئاسة الحكومة",
// "بمكتب رئاسة الوزراء" (the head of government's office, where he receives).
const headSeatKeys = new Set(["مقر", "دار", "قصر", "مكتب"].map((w) => matchKey(w)));
const presidencyKeys = new Set([matchKey("رئاسة")]);
// The lower-case nouns of a building after an English body's name, as the venue reader takes them
// (not "headquarters": the body's seat, which names the body).
const BUILDING_AFTER = new Set(placeRules.englishVenueNouns.after.map((w) => w.toLowerCase()));

/**
 * "عقد الاجتماع بمبنى وزارة الدفاع": a body named after the noun of its building names that
 * place, where something happened; the body does not act there. It is listed only when it is named
 * elsewhere for itself. A seat is not such a building ("بمقر وزارة الدفاع" names the ministry
 * hosting the talks, a body of the story), except the seat of a presidency ("في دار رئاسة الوزراء",
 * "مقر رئاسة الحكومة"): the head of government's house, where he receives, no body acting.
 */
export function namedAsBuilding(ctx: Ctx, first: number): boolean {
  const tokens = ctx.doc.tokens;
  const before = tokens[first - 1];
  const t = tokens[first];
  if (!before || !t?.arabic || !before.arabic || before.kind !== "word" || t.lineStart) return false;
  return isEdifice(ctx, first - 1) || (tokenReadsAs(t, presidencyKeys) && tokenReadsAs(before, headSeatKeys));
}

/**
 * "welcomed him at the Ministry of X building": English prints the building's noun after the body's
 * name (`last` its last token); the building is where something happened, whatever word before it
 * would make the body an office's or a party's.
 */
export function namedAsEnglishBuilding(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last]!;
  return !t.arabic && t.capital && BUILDING_AFTER.has(tokens[last + 1]?.key ?? "");
}
