/**
 * Tags the words of one CoNLL sentence (as `marsad extract --conll` prints them): the sentence is
 * read by the rules (extractArticle) and by the tagger, and their entities combined.
 */
import { extractArticle } from "../extract";
import { alignSentence, parseConll, toInputTags } from "./conll";
import { combineSpans, DEFAULT_COMBINE, type CombineOptions } from "./combine";
import { defaultTagger } from "./model";
import { mentionSpans } from "./project";
import { tagSpans } from "./tagger";

export function conllTags(words: readonly string[], options: CombineOptions = DEFAULT_COMBINE): string[] {
  const a = alignSentence(words);
  const x = options.ruleTypes.length ? extractArticle({ text: a.text, tagger: false }) : null;
  const rules = x && x.cleanedText === a.text ? mentionSpans(a.tokens, x) : [];
  const tagged = tagSpans(defaultTagger(), {
    tokens: a.tokens,
    text: a.text,
    ranges: [{ first: 0, last: a.tokens.length }],
  });
  return toInputTags(a, combineSpans(rules, tagged, options), words.length);
}

/** A whole CoNLL file tagged: "token TAG" per line, a blank line after each sentence (any tags in the input are ignored). */
export function tagConllFile(text: string): { output: string; sentences: number; tokens: number } {
  const sentences = parseConll(text);
  let output = "";
  let tokens = 0;
  for (const s of sentences) {
    const tags = conllTags(s.tokens);
    s.tokens.forEach((t, i) => (output += `${t} ${tags[i]}\n`));
    output += "\n";
    tokens += s.tokens.length;
  }
  return { output, sentences: sentences.length, tokens };
}
