import type { Ctx } from "../persons/anchor-spans";
import { PhraseTrie } from "../text/phrase-trie";
import type { SiteMention } from "./locations";

/*
 * "المركز الحدودي الكركرات", "المعبر الحدودي رأس جدير", "بالمنفذ الحدودي X": Maghreb and Gulf usage
 * names a border post by the definite noun, its adjective of kind and the place it stands at,
 * printed right after as an apposition. The place the gazetteer lists closes the site's name;
 * without one (المعبر الحدودي المغلق) the phrase names no post.
 */

const postTrie = new PhraseTrie<true>(
  ["المركز الحدودي", "المعبر الحدودي", "المنفذ الحدودي", "النقطة الحدودية", "البوابة الحدودية"].map((p) => [p, true] as const),
);

export function findBorderPostNames(ctx: Ctx): SiteMention[] {
  const { tokens, text } = ctx.doc;
  const out: SiteMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = postTrie.matchAt(tokens, i, text);
    if (!m) continue;
    const at = m.last + 1;
    const place = ctx.placeAt[at];
    const t = tokens[at];
    if (!t || t.lineStart || !place || place.viaDemonym || place.kind === "country" || place.firstToken !== at || !place.surface.startsWith(t.text)) continue;
    const end = tokens[place.lastToken]!.end;
    out.push({ first: i, last: place.lastToken, start: m.start, end, surface: text.slice(m.start, end), placeOnly: true });
    i = place.lastToken;
  }
  return out;
}
