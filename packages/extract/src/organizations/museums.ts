import rules from "../rules/organizations.json";
import travel from "../rules/travel.json";
import events from "../rules/events.json";
import type { Ctx } from "../persons/anchor-spans";
import { isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { isCalendarWord, isStopToken } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";
import { PhraseTrie } from "../text/phrase-trie";
import type { OrgMention } from "./index";
import { eponymNameEnd } from "./eponym-complements";
import { sentenceOfToken, type Sentence } from "../document";

const museumTrie = new PhraseTrie<"museum">(rules.museumHeads.map((w) => [w, "museum"] as const));
const KINDS = new Set(rules.museumKinds.map((w) => matchKey(w)));
const MAX_NAME = 4;
// "زار الوفد متحف X", "خلال زيارته لمتحف X": a museum the visitors went to is where they went, a site only.
const VISITED = new Set(["تفقد", "تفقدت", "تفقدوا", "جولة", ...travel.direct.ar].map((w) => matchKey(w)));
const VISIT_NOUN = matchKey("زيار");
const VISIT_REACH = 6;
const visitedAt = (tokens: readonly Token[], sentence: Sentence, i: number) => {
  for (let k = Math.max(sentence.first, i - VISIT_REACH); k < i; k++) if (tokenReadsAs(tokens[k]!, VISITED) || tokens[k]!.key.replace(/^[وفبل]/, "").startsWith(VISIT_NOUN)) return true;
  return false;
};
// "افتتاح معرض … بالمتحف الوطني", "مقتنيات المتحف X": what a museum does as an institution is to
// hold, show and lend collections; told with neither, a museum is the place of the story.
const SHOWN = new Set(rules.museumWorks.map((w) => matchKey(w)));
/** Whether the sentence prints a word of `words` (before its last token). */
const readsIn = (tokens: readonly Token[], sentence: Sentence, words: ReadonlySet<string>) => {
  for (let k = sentence.first; k < sentence.last; k++) if (tokenReadsAs(tokens[k]!, words)) return true;
  return false;
};

// "ووقع المتحف مذكرة تفاهم", "وقع الوزير ومدير المتحف الوطني X اتفاقية": a museum that signs is a party.
const SIGNING = new Set(events.signing.ar.map((w) => matchKey(w)));

/** A word that may go on in a museum's name: an Arabic word with the article, or a ل complement ("للحضارة"). */
function nameWord(ctx: Ctx, k: number): "definite" | "complement" | undefined {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== "word" || !t.arabic || t.lineStart || isStopToken(t) || isCalendarWord(t)) return undefined;
  // "مدير المتحف الوطني الدكتور X": a title or a rank opens the next phrase.
  if (rankAt(ctx, k) || isRoleHeadAt(ctx, k)) return undefined;
  if (t.key.startsWith("لل")) return "complement";
  return t.key.startsWith("ال") ? "definite" : undefined;
}

/**
 * "مقتنيات المتحف المصري الكبير ومتحف الأقصر", "مدير عام متحف X للحضارة الإسلامية": a museum with a
 * name of its own is an institution that holds, shows and lends collections, a body of the story in
 * a sentence telling of an exhibition or collections (and the site of what is held in it, read by
 * the places); one the visitors went to is a site only. A museum that signs an agreement is a party
 * to it, so a body of the story wherever the article names it: named in the sentence of the signing,
 * or said again there by its head alone ("ووقع المتحف"), which points back at the museum named last.
 * After the indefinite head the name opens on a definite word or a place ("متحف الأقصر"); after the
 * definite head on a word of its kind or a nationality ("المتحف الوطني"), since any other adjective
 * describes it or is a family's nisba. The name runs over definite words and a ل complement, up to
 * a preposition, a particle, a title or the end of the phrase; the head alone names none.
 */
export function findMuseums(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  const named: { mention: OrgMention; shown: boolean }[] = [];
  const signing = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const head = museumTrie.matchAt(tokens, i, text);
    if (!head || head.last !== i) continue;
    const sentence = sentenceOfToken(ctx.doc, i);
    if (!sentence || visitedAt(tokens, sentence, i)) continue;
    const last = nameEnd(ctx, i, matchKey(head.surface).startsWith("ال"));
    const signs = readsIn(tokens, sentence, SIGNING);
    if (last < 0) {
      const before = named.at(-1);
      if (signs && before && head.surface.replace(/^[وف]/, "").startsWith("ال")) signing.add(matchKey(before.mention.surface));
      continue;
    }
    const start = head.start;
    const end = tokens[last]!.end;
    // Not fixed: the museum is also the site of what is held in it, read by the places.
    const mention = { first: i, last, start, end, surface: text.slice(start, end), fixed: false, inTitle: false };
    named.push({ mention, shown: readsIn(tokens, sentence, SHOWN) });
    if (signs) signing.add(matchKey(mention.surface));
    i = last;
  }
  return named.flatMap((m) => {
    const signs = signing.has(matchKey(m.mention.surface));
    return m.shown || signs ? [{ ...m.mention, signs }] : [];
  });
}

/** The last token of a museum's own name after its head at `i`, or -1 when the head names none. */
function nameEnd(ctx: Ctx, i: number, definite: boolean): number {
  const { tokens } = ctx.doc;
  const first = tokens[i + 1];
  const place = ctx.placeAt[i + 1];
  const opensOnPlace = !!place && place.firstToken === i + 1 && !place.viaDemonym && !!first && !first.lineStart;
  // "مكتبة الملك X العامة": a title and the name of the one it is named after open the name.
  const eponym = definite ? -1 : eponymNameEnd(ctx, i + 1);
  if (eponym < 0 && (!first || (definite ? !nameWord(ctx, i + 1) || !(KINDS.has(first.key) || (place?.viaDemonym && place.firstToken === i + 1)) : nameWord(ctx, i + 1) !== "definite" && !opensOnPlace))) return -1;
  let last = Math.max(i + 1, eponym);
  let complement = false;
  for (let k = last + 1; k < tokens.length && k - last <= MAX_NAME - 1; k++) {
    const w = nameWord(ctx, k);
    // One ل complement, with its own definite words after it.
    if (!w || (w === "complement" && complement)) break;
    if (w === "complement") complement = true;
    last = k;
  }
  return last;
}

