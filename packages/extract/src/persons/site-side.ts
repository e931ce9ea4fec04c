import type { PlaceHit } from "../places/gazetteer";

/**
 * The state an office names among the places printed in it (hosts left out), in order. A border
 * site or a town has two sides or may lie across a border from the state that runs it, so a
 * nationality printed after it in the same office says whose it is: "مدير ميناء X البري المصري"
 * serves Egypt wherever the gazetteer puts X, "قائد قاعدة X الروسية" Russia. A state named by its
 * own name first ("سفير مصر …") still wins.
 */
export function stateOfOfficePlaces(places: readonly PlaceHit[]): string | null {
  const first = places.find((p) => p.iso2);
  if (!first) return null;
  if (first.viaDemonym || first.kind === "country") return first.iso2;
  const side = places.find((p) => p.iso2 && p.viaDemonym && p.firstToken > first.lastToken);
  return side?.iso2 ?? first.iso2;
}
