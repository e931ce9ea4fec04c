import type { Ctx } from "../persons/anchor-spans";
import { headedFormAt, withoutAreaHead } from "../places/location-aliases";
import type { LocationRead } from "../places/locations";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import { siteInTown } from "./site-in-town";

// "قرب", "بالقرب من": words of nearness before a place.
const NEAR = new Set(["قرب", "بقرب", "بالقرب"].map((w) => matchKey(w)));

/**
 * The name an event's place is given: a town as the event's own sentence (characters start..end)
 * prints it, with an Arabic area head ("بمنطقة X" → "منطقة X"), since the
 * head says the happening covered the area around the town, not the town, unless the happening
 * was only near the area ("قرب منطقة X"), which the town then marks (an area known only by its
 * headed name, "قرب ناحية X", goes by its bare name too); a state as the sentence prints it; else
 * the place's name.
 */
export function eventPlaceName(ctx: Ctx, l: LocationRead, start: number, end: number): string {
  if (l.kind === "country") return stateAsPrinted(l, start, end);
  const { tokens } = ctx.doc;
  // A region is the area whether or not its head is printed ("في محافظة حضرموت" is حضرموت).
  if (l.kind === "region") return nearAreaSaid(tokens, l, start, end) ? (withoutAreaHead(l.name) ?? l.name) : l.name;
  if (l.kind !== "city") return l.name;
  for (const s of l.spans) {
    if (tokens[s.first]!.start < start || tokens[s.last]!.end > end) continue;
    const headed = headedFormAt(ctx, s.first, s.last);
    if (headed && !nearTheArea(tokens, s.first - 1)) return headed;
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

/** "قرب منطقة X", "بالقرب من ناحية X": the area head at `head` is printed after a word of nearness. */
function nearTheArea(tokens: readonly Token[], head: number): boolean {
  const before = tokens[head - 1];
  if (!before) return false;
  if (NEAR.has(before.key)) return true;
  return before.key === "من" && NEAR.has(tokens[head - 2]?.key ?? "");
}

/** "قرب ناحية X": the sentence prints the area only as what the happening was near. */
function nearAreaSaid(tokens: readonly Token[], l: LocationRead, start: number, end: number): boolean {
  const said = l.spans.filter((s) => tokens[s.first]!.start >= start && tokens[s.last]!.end <= end);
  return said.length > 0 && said.every((s) => nearTheArea(tokens, s.first));
}
