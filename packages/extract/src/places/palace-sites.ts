import type { SiteMention } from "./locations";
import { matchKey } from "../text/normalize";
import { rawOffsetAfterLetters, readings, type Token } from "../text/tokens";

/*
 * "في القصر الرئاسي ببيدوا", "بالسرايا الحكومية": the seat of a head of state or government is
 * named by its noun with the article and the adjective of whose it is, no proper name; after a
 * word of where (في، داخل، أمام، إلى، ب) it is a site of the story. Said as the subject ("أعلن
 * القصر الرئاسي") it stands for the presidency, and is left alone.
 */

const PALACES: [string, string[]][] = [
  ["القصر", ["الرئاسي", "الجمهوري", "الملكي", "الأميري", "الحكومي"]],
  ["السرايا", ["الحكومية"]],
  ["السراي", ["الحكومي"]],
];
const palaceAdjectives = new Map(PALACES.map(([head, adjectives]) => [matchKey(head), new Set(adjectives.map((w) => matchKey(w)))]));
// Every adjective of the list: most words are none, and this one look-up spares them the readings of the word before.
const anyPalaceAdjective = new Set([...palaceAdjectives.values()].flatMap((adjectives) => [...adjectives]));
const whereKeys = new Set(["في", "داخل", "أمام", "إلى", "الى"].map((w) => matchKey(w)));

export function findPalaceSites(tokens: readonly Token[], text: string): SiteMention[] {
  const out: SiteMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i]!;
    const adj = tokens[i + 1]!;
    if (!head.arabic || adj.lineStart || !anyPalaceAdjective.has(adj.key)) continue;
    const r = readings(head.key).find((x) => palaceAdjectives.get(x.key)?.has(adj.key));
    if (!r) continue;
    const clitic = head.key.slice(0, r.cut);
    if (!/ب$/u.test(clitic) && !whereKeys.has(tokens[i - 1]?.key ?? "")) continue;
    // The proclitic ("بالقصر", "وبالسرايا") is no part of the name.
    const start = head.start + (r.cut ? rawOffsetAfterLetters(head.text, r.cut) : 0);
    out.push({ first: i, last: i + 1, start, end: adj.end, surface: text.slice(start, adj.end), placeOnly: true });
    i++;
  }
  return out;
}
