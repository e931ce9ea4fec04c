import type { Ctx } from "../persons/anchor-spans";
import type { PlaceHit } from "../places/gazetteer";
import type { PhraseTrie } from "../text/phrase-trie";
import type { OrgMention } from "./index";

/**
 * Bodies named by head words, up to two words of their kind (`kindKeys`, at least `minKind` of
 * them) and the place right after those that the body serves, when `accepts` takes that place:
 * a state's airline (`national-carriers.ts`), a chamber of commerce (`chambers.ts`).
 */
export function bodiesBeforeTheirPlace(
  ctx: Ctx,
  trie: PhraseTrie<string>,
  kindKeys: ReadonlySet<string>,
  minKind: number,
  accepts: (place: PlaceHit, k: number) => boolean,
): OrgMention[] {
  const { tokens, text } = ctx.doc;
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = trie.matchAt(tokens, i, text);
    if (!m) continue;
    let k = m.last + 1;
    while (k < m.last + 3 && tokens[k] && !tokens[k]!.lineStart && kindKeys.has(tokens[k]!.key)) k++;
    const place = ctx.placeAt[k];
    if (
      k - m.last - 1 < minKind ||
      !place ||
      place.firstToken !== k ||
      tokens[k]!.lineStart ||
      !accepts(place, k)
    )
      continue;
    const end = tokens[place.lastToken]!.end;
    out.push({
      first: i,
      last: place.lastToken,
      start: m.start,
      end,
      surface: m.surface + text.slice(tokens[m.last]!.end, end),
      fixed: false,
      inTitle: false,
    });
    i = place.lastToken;
  }
  return out;
}
