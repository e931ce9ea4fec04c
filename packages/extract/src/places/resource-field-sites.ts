import { PhraseTrie } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { SiteMention } from "./locations";

/*
 * "حقل الشرارة النفطي", "بحقل كورمور الغازي": an oil or gas field is named by حقل, its name and the
 * adjective of what it yields. حقل alone is also "a field of work" (في حقل التعليم), so the adjective
 * must close the name: one or two words between them, no punctuation.
 */

const fieldHead = new PhraseTrie<true>([["حقل", true]]);
const YIELD_ADJECTIVES = new Set(["النفطي", "الغازي", "البترولي"].map((w) => matchKey(w)));
const MAX_NAME_WORDS = 2;

export function findResourceFieldSites(tokens: readonly Token[], text: string): SiteMention[] {
  const out: SiteMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = fieldHead.matchAt(tokens, i, text);
    if (!m) continue;
    for (let k = i + 1; k <= i + MAX_NAME_WORDS + 1; k++) {
      const t = tokens[k];
      if (!t || t.kind !== "word" || !t.arabic || t.lineStart) break;
      if (!YIELD_ADJECTIVES.has(t.key)) continue;
      if (k === i + 1) break;
      out.push({ first: i, last: k, start: m.start, end: t.end, surface: text.slice(m.start, t.end), placeOnly: true });
      i = k;
      break;
    }
  }
  return out;
}
