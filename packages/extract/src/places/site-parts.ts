import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { SiteMention } from "./locations";

/*
 * "محطة الحاويات بميناء X", "رصيف الركاب بمرفأ Y": a part of a port or an airport is named by what
 * it handles and by the site it stands in, after ب; it is a site of its own (the more specific
 * place), and the site it stands in stays one too. "محطة" alone is as often a stage of a career or
 * of talks, so it opens a site only with a site after ب.
 */
const PART_NOUNS = new Set(["محطة", "رصيف"].map((w) => matchKey(w)));

export function findPartsOfSites(tokens: readonly Token[], text: string, sites: readonly SiteMention[]): SiteMention[] {
  const out: SiteMention[] = [];
  for (const s of sites) {
    const at = tokens[s.first]!;
    // The site's own noun carries ب, cut off from its name ("بميناء").
    if (!at.arabic || s.start <= at.start || !at.key.startsWith("ب")) continue;
    const what = tokens[s.first - 1];
    const part = tokens[s.first - 2];
    if (!what || !part || what.lineStart || !what.arabic || !what.key.startsWith("ال")) continue;
    const clitic = /^(و|ف)?(ب|في)?/u.exec(part.key)?.[0] ?? "";
    if (!part.arabic || !PART_NOUNS.has(part.key.slice(clitic.length))) continue;
    const start = part.start + clitic.length;
    out.push({ first: s.first - 2, last: s.last, start, end: s.end, surface: text.slice(start, s.end), placeOnly: true });
  }
  return out;
}
