/**
 * `pnpm train:ner`: trains the Arabic entity tagger and writes src/ner/data/ner-model.json and
 * src/ner/data/ner-names.json. Training data: the ANERcorp train file without its last 10 % of
 * sentences (the development part, scored by `pnpm eval:ner`) and the Arabic articles of
 * ../shared/corpus and ../shared/devset tagged from their gold. The ANERcorp sentences are read in
 * blocks of consecutive sentences (CONLL_BLOCK), the documents of the document features, as
 * `marsad extract --conll` reads a file. Deterministic (seeded shuffles).
 *
 * --cv trains nothing to keep: it prints the strict F1 of a 5-fold cross-validation over the
 * training part's ANERcorp blocks (cross-validate.ts), the steadier figure to choose features by.
 *
 * The names lexicon is a feature, so while training, each block of sentences sees a lexicon
 * counted on the other blocks only (5-fold): otherwise every training name would be "in the
 * lexicon" and the model would trust the lexicon more than it deserves on unseen text.
 *
 *   pnpm train:ner [--epochs N] [--seed N] [--orders N] [--block SENTENCES] [--no-edges] [--no-doc] [--dry-run] [--cv]
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeModel, encodeModel } from "../src/ner/codec";
import { tokenCues, type NameLexicon } from "../src/ner/cues";
import { sentenceEdgeFeatures, sentenceFeatures } from "../src/ner/features";
import { countNames, lexiconData, nameLexicon, type NameCounts } from "../src/ner/names-lexicon";
import { addSentence, micro, newScores, prf } from "../src/ner/score";
import { tagSpans } from "../src/ner/tagger";
import { tagIndex, tagsOf, type EntityType } from "../src/ner/tags";
import { averageModels, trainPerceptron, type TrainingSentence } from "../src/ner/train";
import { wordForms } from "../src/ner/word-forms";
import { anerBlocks, goldDocs, readAnercorp, type TaggedDoc } from "./ner-data";
import { CONLL_BLOCK, toBlockTags } from "../src/ner/conll";
import { documentFeatureLists, documentFeatures } from "../src/ner/doc-features";
import { crossValidate } from "../src/ner/cross-validate";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const EPOCHS = Number(opt("--epochs") ?? 5);
const NO_EDGES = args.includes("--no-edges");
const NO_DOC = args.includes("--no-doc");
const CV = args.includes("--cv");
const SEED = Number(opt("--seed") ?? 14);
// Models trained on different sentence orders (seeds SEED, SEED + 1, …) and averaged.
const ORDERS = Number(opt("--orders") ?? 1);
const FOLDS = 5;
const BLOCK_SENTENCES = Number(opt("--block") ?? CONLL_BLOCK);
const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/ner/data");

const t0 = performance.now();
const { train, dev } = readAnercorp();
const trainBlocks = anerBlocks(train, BLOCK_SENTENCES);
const units: TaggedDoc[] = [...trainBlocks, ...goldDocs()];
console.log(`training units: ${train.length} ANERcorp sentences in ${trainBlocks.length} blocks + ${units.length - trainBlocks.length} gold articles; dev part ${dev.length} sentences`);

function countsOf(list: TaggedDoc[]): NameCounts {
  return countNames(
    list.map((u) => {
      const types = new Array<EntityType | null>(u.doc.tokens.length).fill(null);
      for (const s of u.spans) for (let k = s.first; k <= s.last; k++) types[k] = s.type;
      const words = u.doc.tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === "word");
      return { keys: words.map(({ t }) => t.key), bare: words.map(({ t }) => wordForms(t.key).bare), types: words.map(({ i }) => types[i]!) };
    }),
  );
}

// Folds of about a hundred consecutive sentences, so the names of one story fall in one fold.
const foldOf = (i: number) => Math.floor(i / Math.max(1, Math.round(100 / BLOCK_SENTENCES))) % FOLDS;
const foldLexicons: NameLexicon[] = [];
for (let k = 0; k < FOLDS; k++) foldLexicons.push(nameLexicon(lexiconData(countsOf(units.filter((_, i) => foldOf(i) !== k)))));
const fullLexiconData = lexiconData(countsOf(units));

const data: TrainingSentence[] = [];
// The sentences of each unit (for --cv).
const unitSentences: TrainingSentence[][] = [];
units.forEach((u, i) => {
  const own: TrainingSentence[] = [];
  unitSentences.push(own);
  const cues = tokenCues(u.doc.tokens, u.doc.text, foldLexicons[foldOf(i)]!);
  const doc = NO_DOC ? undefined : documentFeatureLists(documentFeatures(u.doc.tokens, cues), u.doc.tokens.length);
  const tags = tagsOf(u.spans, u.doc.tokens.length);
  for (const r of u.ranges) {
    if (r.last <= r.first) continue;
    own.push({
      features: sentenceFeatures(u.doc.tokens, r.first, r.last, cues, doc),
      edges: NO_EDGES ? undefined : sentenceEdgeFeatures(u.doc.tokens, r.first, r.last, cues),
      tags: Uint8Array.from(tags.slice(r.first, r.last), tagIndex),
    });
  }
  data.push(...own);
});
console.log(`features ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; training ${EPOCHS} epochs`);

/** ORDERS models of seeds SEED, SEED + 1, … trained on the sentences, averaged. */
const trainOn = (sentences: TrainingSentence[], log: boolean) =>
  averageModels(
    Array.from({ length: ORDERS }, (_, k) => {
      if (ORDERS > 1 && log) console.log(` order ${k + 1} of ${ORDERS}`);
      return trainPerceptron(sentences, { epochs: EPOCHS, seed: SEED + k, onEpoch: log ? (e, m) => console.log(`  epoch ${e}: ${m} sentences with mistakes`) : undefined });
    }),
  );

if (CV) {
  // The lexicon folds are the validation folds: a held-out fold's cues never saw its own names.
  const sc = crossValidate({ docs: unitSentences, foldOf, folds: FOLDS, scored: (i) => i < trainBlocks.length, types: ["PERS", "ORG", "LOC"], train: (s) => trainOn(s, false) });
  const f = (type: string) => prf(sc.strict.get(type) ?? { tp: 0, gold: 0, pred: 0 }).f.toFixed(3);
  const m = micro(sc.strict);
  console.log(`${FOLDS}-fold cross-validation on the training part of ANERcorp (${m.gold} entities), strict F1: PERS ${f("PERS")} ORG ${f("ORG")} LOC ${f("LOC")} micro ${prf(m).f.toFixed(3)}`);
  console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(0);
}

const trained = trainOn(data, true);
const encoded = encodeModel(trained);
const decoded = decodeModel(encoded);
const tagger = { weights: decoded.weights, edges: NO_EDGES ? null : decoded.edges, names: nameLexicon(fullLexiconData) };

const scores = newScores();
for (const u of anerBlocks(dev, BLOCK_SENTENCES)) {
  const spans = tagSpans(tagger, { tokens: u.doc.tokens, text: u.doc.text, ranges: u.ranges });
  toBlockTags(u.block, spans).forEach((tags, k) => addSentence(scores, u.sentences[k]!.tags!, tags, ["PERS", "ORG", "LOC"]));
}
const f = (type: string) => prf(scores.strict.get(type) ?? { tp: 0, gold: 0, pred: 0 }).f.toFixed(3);
console.log(`dev part, tagger alone, strict F1: PERS ${f("PERS")} ORG ${f("ORG")} LOC ${f("LOC")} micro ${prf(micro(scores.strict)).f.toFixed(3)}`);
console.log(`model: ${trained.features.length} token features and ${trained.edges.features.length} edge features trained, ${encoded.tokens.features} and ${encoded.edges.features} kept after 8-bit quantization`);

if (!args.includes("--dry-run")) {
  fs.mkdirSync(dataDir, { recursive: true });
  const modelFile = path.join(dataDir, "ner-model.json");
  fs.writeFileSync(modelFile, JSON.stringify(encoded) + "\n");
  const namesFile = path.join(dataDir, "ner-names.json");
  fs.writeFileSync(namesFile, JSON.stringify(fullLexiconData) + "\n");
  console.log(`wrote ${modelFile} (${(fs.statSync(modelFile).size / 1024).toFixed(0)} KB) and ${namesFile} (${(fs.statSync(namesFile).size / 1024).toFixed(0)} KB)`);
}
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
