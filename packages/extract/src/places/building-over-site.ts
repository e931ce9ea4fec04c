import { namesBuilding } from "./body-buildings";
import type { SiteMention } from "./locations";

/**
 * "مقر قيادة قاعدة X البحرية": the seat of a body named by a site ("the base's command") ends
 * where the body's name ends, which the body's reader may cut at the site's noun; the site read
 * on from that noun completes the seat's name, and stays a place of its own too.
 */
export function extendBuildingsOverSites(sites: SiteMention[], text: string): void {
  for (const seat of sites) {
    if (!namesBuilding(seat.surface)) continue;
    const inner = sites.find((s) => s !== seat && s.first === seat.last && s.last > seat.last);
    if (!inner) continue;
    seat.last = inner.last;
    seat.end = inner.end;
    seat.surface = text.slice(seat.start, inner.end);
  }
}
