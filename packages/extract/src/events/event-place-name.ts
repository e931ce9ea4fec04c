import type { Ctx } from "../persons/anchor-spans";
import { headedFormAt } from "../places/location-aliases";
import type { LocationRead } from "../places/locations";
import { siteInTown } from "./site-in-town";

/**
 * The name an event's place is given: a town as the event's own sentence (characters start..end)
 * prints it, with an Arabic area head ("بمنطقة X" → "منطقة X"), since the
 * head says the happening covered the area around the town, not the town; else the place's name.
 */
export function eventPlaceName(ctx: Ctx, l: LocationRead, start: number, end: number): string {
  // A region is the area whether or not its head is printed ("في محافظة حضرموت" is حضرموت).
  if (l.kind !== "city") return l.name;
  const { tokens } = ctx.doc;
  for (const s of l.spans) {
    if (tokens[s.first]!.start < start || tokens[s.last]!.end > end) continue;
    const headed = headedFormAt(ctx, s.first, s.last);
    if (headed) return headed;
  }
  const site = siteInTown(ctx, l.name, start, end);
  if (site) return site;
  return l.name;
}
