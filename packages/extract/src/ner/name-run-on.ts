/**
 * A person's name the tagger ran on into the word after it ("وأنقذ الحارس X Y مرماه", "X Y دافع
 * عن"): the name's words carry the tagger into one more word that its own score barely holds.
 * Such a last word, past the name's first two, is cut when the tagger's margin for it alone is
 * small and nothing says it is a name word (a given name, a connector, a person's word of the
 * names lexicon) or that the name goes on through it (a connector before it: "أبو X").
 */
import { givenNameKeys, NAME_CONNECTORS } from "../persons/vocabulary";
import type { Token } from "../text/tokens";
import type { NameLexicon } from "./cues";
import type { TaggedSpan } from "./tagger";

/**
 * Chosen on the ANERcorp development part (strict micro F1, tagger alone 0.768): 0.771 with 20 or
 * 25, 0.772 from 30 to 50, 0.773 with 60, 0.770 with 75; 30, the lowest of the plateau, spares most the
 * unseen foreign family names whose margins are small (a cut from 40 on: "فايرا فيكي فريبيرجا").
 */
export const RUN_ON_MARGIN = 30;

function nameWord(t: Token, names: NameLexicon): boolean {
  return givenNameKeys.has(t.key) || NAME_CONNECTORS.has(t.key) || !!names(t.key)?.startsWith("PERS");
}

/** The tagger's spans, persons of three words or more cut before a last word that ran on. */
export function cutRunOnNames<S extends TaggedSpan>(tokens: readonly Token[], spans: readonly S[], names: NameLexicon): S[] {
  return spans.map((s) => {
    const t = tokens[s.last]!;
    if (s.type !== "PERS" || s.last - s.first < 2 || s.lastMargin === undefined || s.lastMargin >= RUN_ON_MARGIN) return s;
    if (!t.arabic || nameWord(t, names) || NAME_CONNECTORS.has(tokens[s.last - 1]!.key)) return s;
    return { ...s, last: s.last - 1 };
  });
}
