/**
 * The data of `pnpm train:ner` and `pnpm eval:ner`, read from ../shared (never copied into the
 * repo): the ANERcorp train file split into a training part and a development part (its last
 * 10 % of sentences), and the Arabic articles of the corpus and devset with their gold names.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanArticle } from "../src/clean/boilerplate";
import { buildDoc, type Doc } from "../src/document";
import { detectLanguage } from "../src/metadata/language";
import { alignBlock, alignSentence, blocksOf, CONLL_BLOCK, parseConll, toPackageTags, type AlignedBlock, type AlignedSentence, type ConllSentence } from "../src/ner/conll";
import { goldSpans, type GoldNames } from "../src/ner/gold-tags";
import { spansOf, type EntitySpan } from "../src/ner/tags";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const shared = path.resolve(packageDir, "../../../shared");
export const anercorpTrain = path.join(shared, "external/anercorp/ANERCorp_CamelLab_train.txt");
export const DEV_SHARE = 0.1;

export interface AnerSplit {
  train: ConllSentence[];
  dev: ConllSentence[];
}

export function readAnercorp(): AnerSplit {
  if (!fs.existsSync(anercorpTrain)) throw new Error(`ANERcorp train file not found at ${anercorpTrain}`);
  const sentences = parseConll(fs.readFileSync(anercorpTrain, "utf8"));
  const cut = Math.round(sentences.length * (1 - DEV_SHARE));
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

/** A training unit on package tokens: the tokens, the sentence ranges and the gold spans. */
export interface TaggedDoc {
  doc: Pick<Doc, "text" | "tokens">;
  ranges: { first: number; last: number }[];
  spans: EntitySpan[];
}

export function anerDoc(s: ConllSentence): TaggedDoc & { aligned: AlignedSentence } {
  const aligned = alignSentence(s.tokens);
  const spans = spansOf(toPackageTags(aligned, s.tags ?? s.tokens.map(() => "O")));
  return { aligned, doc: { text: aligned.text, tokens: aligned.tokens }, ranges: [{ first: 0, last: aligned.tokens.length }], spans };
}

/**
 * Blocks of consecutive ANERcorp sentences as training or scoring units: the documents the
 * tagger's document features read (the file marks no article boundaries; `marsad extract
 * --conll` reads files the same way).
 */
export function anerBlocks(sentences: readonly ConllSentence[], size = CONLL_BLOCK): (TaggedDoc & { block: AlignedBlock; sentences: ConllSentence[] })[] {
  return blocksOf(sentences, size).map((list) => {
    const block = alignBlock(list.map((s) => s.tokens));
    // A sentence never continues the previous one's entity.
    const tags = list.flatMap((s) => (s.tags ?? s.tokens.map(() => "O")).map((t, i) => (i === 0 && t.startsWith("I-") ? `B-${t.slice(2)}` : t)));
    const spans = spansOf(toPackageTags(block, tags));
    return { block, sentences: list, doc: { text: block.text, tokens: block.tokens }, ranges: block.ranges, spans };
  });
}

/** The Arabic articles of ../shared/corpus and ../shared/devset tagged from their gold. */
export function goldDocs(): TaggedDoc[] {
  const sets = [
    { articles: path.join(shared, "corpus"), gold: path.join(shared, "gold") },
    { articles: path.join(shared, "devset/articles"), gold: path.join(shared, "devset/gold") },
  ];
  const out: TaggedDoc[] = [];
  for (const set of sets) {
    if (!fs.existsSync(set.articles)) continue;
    for (const f of fs.readdirSync(set.articles).filter((x) => x.endsWith(".txt")).sort()) {
      const goldFile = path.join(set.gold, f.replace(/\.txt$/, ".json"));
      if (!fs.existsSync(goldFile)) continue;
      const text = cleanArticle(fs.readFileSync(path.join(set.articles, f), "utf8")).text;
      if (detectLanguage(text) !== "ar") continue;
      const doc = buildDoc(text, "ar");
      const gold = JSON.parse(fs.readFileSync(goldFile, "utf8")) as GoldNames;
      out.push({ doc, ranges: doc.sentences.map((s) => ({ first: s.first, last: s.last })), spans: goldSpans(doc.tokens, gold) });
    }
  }
  return out;
}
