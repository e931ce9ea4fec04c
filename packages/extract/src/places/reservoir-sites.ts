import type { Ctx } from "../persons/anchor-spans";
import { PhraseTrie } from "../text/phrase-trie";
import type { SiteMention } from "./locations";

/*
 * "خزان الروصيرص", "بخزان X": a dam's reservoir is named by the town it stands at, so خزان with a
 * listed place right after it is the dam, a site, and the town is no place of the story there.
 * Before any other word خزان is a tank (خزان وقود، خزان المياه), no named place.
 */
const reservoirTrie = new PhraseTrie<true>([["خزان", true]]);

export function findReservoirSites(ctx: Ctx): SiteMention[] {
  const { tokens, text } = ctx.doc;
  const out: SiteMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const m = tokens[i]!.arabic ? reservoirTrie.matchAt(tokens, i, text) : null;
    const place = m ? ctx.placeAt[m.last + 1] : undefined;
    if (!m || !place || place.firstToken !== m.last + 1 || place.viaDemonym || tokens[m.last + 1]!.lineStart) continue;
    const end = tokens[place.lastToken]!.end;
    out.push({ first: i, last: place.lastToken, start: m.start, end, surface: text.slice(m.start, end), placeOnly: true });
  }
  return out;
}
