import type { Ctx } from "../persons/anchor-spans";
import { headedFormAt } from "../places/location-aliases";
import type { LocationRead } from "../places/locations";
import { siteInTown } from "./site-in-town";

/**
 * The name an event's place is given: a town as the event's own sentence (characters start..end)
 * prints it, with an Arabic area head ("بمنطقة X" → "منطقة X"), since the
 * head says the happening covered the area around the town, not the town; a state as the sentence
 * prints it; else the place's name.
 */
export function eventPlaceName(ctx: Ctx, l: LocationRead, start: number, end: number): string {
  if (l.kind === "country") return stateAsPrinted(l, start, end);
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

/**
 * A state the story names by its bare head ("السلطنة", "المملكة") is named as the event's sentence
 * prints it in full ("يزور سلطنة عمان"); a state's own name stays as it is, not its official long
 * form ("جمهورية مصر العربية" is مصر).
 */
function stateAsPrinted(l: LocationRead, start: number, end: number): string {
  const words = l.name.split(/\s+/u);
  if (words.length !== 1 || !l.name.startsWith("ال")) return l.name;
  const full = l.mentions.find((m) => m.start >= start && m.end <= end && m.surface.split(/\s+/u)[0] === l.name.slice(2) && m.surface.includes(" "));
  return full?.surface ?? l.name;
}
