import { PhraseTrie } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { SiteMention } from "./locations";

/*
 * "حقل الشرارة النفطي", "بحقل كورمور الغازي": an oil or gas field is named by حقل, its name and the
 * adjective of what it yields. حقل alone is also "a field of work" (في حقل التعليم), so the adjective
 * must close the name: one or two words between them, no punctuation.
 * "موقع الأخدود الأثري", "بموقع تل سامر الأثري": so is an archaeological site by موقع and
 * الأثري (موقع alone is also a website or a position).
 */

const keys = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => matchKey(w)));
/** Each head with the adjectives that close its name. */
const siteHeads = new PhraseTrie<ReadonlySet<string>>([
  ["حقل", keys(["النفطي", "الغازي", "البترولي"])],
  ["موقع", keys(["الأثري"])],
]);
const MAX_NAME_WORDS = 2;

export function findResourceFieldSites(tokens: readonly Token[], text: string): SiteMention[] {
  const out: SiteMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = siteHeads.matchAt(tokens, i, text);
    if (!m) continue;
    const closing = m.value;
    for (let k = i + 1; k <= i + MAX_NAME_WORDS + 1; k++) {
      const t = tokens[k];
      if (!t || t.kind !== "word" || !t.arabic || t.lineStart) break;
      if (!closing.has(t.key)) continue;
      if (k === i + 1) break;
      out.push({ first: i, last: k, start: m.start, end: t.end, surface: text.slice(m.start, t.end), placeOnly: true });
      i = k;
      break;
    }
  }
  return out;
}
