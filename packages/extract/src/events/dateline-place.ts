import type { LocationRead } from "../places/locations";
import type { Unit } from "./units";

export interface DatelineSpan {
  line: { start: number };
  first: number;
  last: number;
}

/**
 * The dateline's place for a unit ("ISTANBUL (AA) -", "الرياض - واس"): only for the unit that
 * holds the dateline, or, when the dateline stands on a line of its own ("القاهرة (أ ش أ)"), the
 * unit under it. It says where the report was filed: the place of last resort.
 */
export function datelinePlaceOf(us: Unit[], dateline: DatelineSpan | null, locations: LocationRead[]): (u: Unit, ui: number) => LocationRead | null {
  const datelineUnit = dateline ? us.findIndex((u) => dateline.first >= u.first && dateline.first < u.last) : -1;
  const datelineAlone = datelineUnit >= 0 && us[datelineUnit]!.last <= dateline!.last + 1;
  return (u, ui) => {
    if (!dateline) return null;
    if ((dateline.first < u.first || dateline.first >= u.last) && !(datelineAlone && ui === datelineUnit + 1)) return null;
    return datelineLocation(locations, dateline);
  };
}

/** The place the dateline prints ("عمان (بترا) -"): where the report was filed. */
export function datelineLocation(locations: LocationRead[], dateline: DatelineSpan | null): LocationRead | null {
  if (!dateline) return null;
  return locations.find((l) => l.spans.some((s) => s.first >= dateline.first && s.first < dateline.last)) ?? null;
}
