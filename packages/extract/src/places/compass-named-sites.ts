import placeRules from "../rules/places.json";
import type { SiteMention } from "./locations";
import { matchKey } from "../text/normalize";
import { rawOffsetAfterLetters, readings, type Token } from "../text/tokens";

/*
 * "على المسرح الجنوبي", "يستضيف المسرح الشمالي": a venue's noun with the article and a compass
 * adjective right after it names one of the venues of a site (its southern theatre, its north
 * gate), a place of the story though no proper name follows. Heads: `compassNamedSiteHeads` in
 * rules/places.json (venues a site has several of); the adjective agrees with the head in gender.
 */

const headKeys = new Set(placeRules.compassNamedSiteHeads.ar.map((w) => matchKey(`ال${w}`)));
const COMPASS_KEYS = new Set(["الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالية", "الجنوبية", "الشرقية", "الغربية"].map((w) => matchKey(w)));

export function findCompassNamedSites(tokens: readonly Token[], text: string): SiteMention[] {
  const out: SiteMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i]!;
    const adj = tokens[i + 1]!;
    if (!head.arabic || adj.lineStart || !COMPASS_KEYS.has(adj.key)) continue;
    const r = readings(head.key).find((x) => headKeys.has(x.key));
    if (!r) continue;
    // The proclitic ("بالمسرح", "والمسرح") is no part of the name.
    const start = head.start + (r.cut ? rawOffsetAfterLetters(head.text, r.cut) : 0);
    out.push({ first: i, last: i + 1, start, end: adj.end, surface: text.slice(start, adj.end), placeOnly: true });
    i++;
  }
  return out;
}
