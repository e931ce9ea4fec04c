import rules from "../rules/places.json";
import type { PlaceKind } from "./gazetteer";

/*
 * The state a listed place is given as a location, where it differs from its gazetteer row's code:
 * a city whose sovereignty is contested takes none (its row keeps the code for the dateline and the
 * story's states), and an overseas department of a sovereign state is that state's region, not a
 * country of its own code (rules/places.json: unsettledStateCities, overseasDepartments).
 */

const unsettledCityIds = new Set(rules.unsettledStateCities.map((c) => `city:${c}`));
const departmentStates = new Map(Object.entries(rules.overseasDepartments));

export interface RowState {
  kind: PlaceKind;
  country: string | null;
}

/** The kind and state to print for the gazetteer row `id` read as `kind` with code `iso2`. */
export function placeStateOfRow(id: string, kind: PlaceKind, iso2: string | null): RowState {
  if (unsettledCityIds.has(id)) return { kind, country: null };
  const sovereign = kind === "country" && iso2 ? departmentStates.get(iso2) : undefined;
  if (sovereign) return { kind: "region", country: sovereign };
  return { kind, country: iso2 };
}
