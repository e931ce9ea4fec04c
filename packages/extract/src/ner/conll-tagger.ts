/**
 * Tags the words of one CoNLL sentence (as `marsad extract --conll` prints them): the sentence is
 * read by the rules (extractArticle) and by the tagger (a person's name cut before a word it ran on
 * into, names it joined by و cut apart), and their entities combined.
 */
import { extractArticle } from "../extract";
import { alignBlock, alignSentence, blocksOf, parseConll, toBlockTags, toInputTags } from "./conll";
import { splitConjoinedNames } from "./conjoined-names";
import { cutRunOnNames } from "./name-run-on";
import { combineSpans, DEFAULT_COMBINE, type CombineOptions } from "./combine";
import { defaultTagger } from "./model";
import { mentionSpans } from "./project";
import { tagSpans } from "./tagger";
import type { EntitySpan } from "./tags";

export function conllTags(words: readonly string[], options: CombineOptions = DEFAULT_COMBINE): string[] {
  const a = alignSentence(words);
  const x = options.ruleTypes.length ? extractArticle({ text: a.text, tagger: false }) : null;
  const rules = x && x.cleanedText === a.text ? mentionSpans(a.tokens, x) : [];
  const tagger = defaultTagger();
  const tagged = tagSpans(tagger, { tokens: a.tokens, text: a.text, ranges: [{ first: 0, last: a.tokens.length }] });
  return toInputTags(a, combineSpans(rules, splitConjoinedNames(a.tokens, cutRunOnNames(a.tokens, tagged, tagger.names), tagger.names), options), words.length);
}

/**
 * The tagger's tags of consecutive CoNLL sentences read as one document (its document features
 * see how a word stands in the other sentences), one tag list per sentence.
 */
export function blockTags(sentences: readonly (readonly string[])[], options: CombineOptions = DEFAULT_COMBINE): string[][] {
  const b = alignBlock(sentences);
  const rules: EntitySpan[] = [];
  if (options.ruleTypes.length)
    sentences.forEach((words, k) => {
      // The rules read each sentence alone (as an article); their spans move to the block's tokens.
      const a = alignSentence(words);
      const x = extractArticle({ text: a.text, tagger: false });
      const { first, last } = b.ranges[k]!;
      if (x.cleanedText !== a.text || last - first !== a.tokens.length) return;
      for (const r of mentionSpans(a.tokens, x)) rules.push({ type: r.type, first: r.first + first, last: r.last + first });
    });
  const tagger = defaultTagger();
  const tagged = tagSpans(tagger, { tokens: b.tokens, text: b.text, ranges: b.ranges });
  return toBlockTags(b, combineSpans(rules, splitConjoinedNames(b.tokens, cutRunOnNames(b.tokens, tagged, tagger.names), tagger.names), options));
}

/**
 * A whole CoNLL file tagged: "token TAG" per line, a blank line after each sentence (any tags in
 * the input are ignored). The file marks no article boundaries, so blocks of consecutive
 * sentences stand for documents.
 */
export function tagConllFile(text: string): { output: string; sentences: number; tokens: number } {
  const sentences = parseConll(text);
  let output = "";
  let tokens = 0;
  for (const block of blocksOf(sentences)) {
    const tags = blockTags(block.map((s) => s.tokens));
    block.forEach((s, k) => {
      s.tokens.forEach((t, i) => (output += `${t} ${tags[k]![i]}\n`));
      output += "\n";
      tokens += s.tokens.length;
    });
  }
  return { output, sentences: sentences.length, tokens };
}
