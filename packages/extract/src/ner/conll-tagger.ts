/**
 * Tags the words of one CoNLL sentence (as `marsad extract --conll` prints them): the sentence is
 * read by the rules (extractArticle) and by the tagger, and their entities combined.
 */
import { extractArticle } from "../extract";
import { alignSentence, toInputTags } from "./conll";
import { combineSpans, DEFAULT_COMBINE, type CombineOptions } from "./combine";
import { defaultTagger } from "./model";
import { mentionSpans } from "./project";
import { tagSpans } from "./tagger";

export function conllTags(words: readonly string[], options: CombineOptions = DEFAULT_COMBINE): string[] {
  const a = alignSentence(words);
  const x = extractArticle({ text: a.text });
  const rules = x.cleanedText === a.text ? mentionSpans(a.tokens, x) : [];
  const tagged = tagSpans(defaultTagger(), { tokens: a.tokens, text: a.text, ranges: [{ first: 0, last: a.tokens.length }] });
  return toInputTags(a, combineSpans(rules, tagged, options), words.length);
}
