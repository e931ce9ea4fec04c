/**
 * `pnpm train:ner`: trains the Arabic entity tagger and writes src/ner/data/ner-model.json and
 * src/ner/data/ner-names.json. Training data: the whole ANERcorp train file (its development part,
 * the last 10 % of its sentences, included: `pnpm eval:ner` trains a model of its own without it to
 * score it) and the Arabic articles of ../shared/corpus and ../shared/devset tagged from their gold. The ANERcorp sentences are read in
 * blocks of consecutive sentences (CONLL_BLOCK), the documents of the document features, as
 * `marsad extract --conll` reads a file. The recipe is RECIPE of ner-training.ts; the same tree
 * and ../shared give the same bytes.
 *
 * --check writes nothing: it trains with the committed recipe and exits 1 when the committed
 * files differ from what training gives (a word list or the features changed since the model
 * was trained).
 *
 * --cv trains nothing to keep: it prints the strict F1 of a 5-fold cross-validation over the
 * ANERcorp blocks of the training part (the development part left out) (cross-validate.ts), the steadier figure to choose a recipe by.
 * With --quantized the folds are scored through the committed model's 8-bit encoding (as the
 * shipped model reads), not with the weights as trained.
 * The other options change the recipe for an experiment (--dry-run to keep the committed files).
 *
 *   pnpm train:ner [--check] [--cv] [--dry-run] [--epochs N] [--seed N] [--orders N] [--block SENTENCES] [--min-count N] [--no-edges] [--no-doc] [--quantized]
 */
import fs from "node:fs";
import { decodeModel, encodeModel } from "../src/ner/codec";
import { crossValidate } from "../src/ner/cross-validate";
import type { TrainedWeights } from "../src/ner/train";
import { micro, prf, type Scores } from "../src/ner/score";
import { anerTraining, FOLDS, modelFile, namesFile, prepare, RECIPE, sha256, trainModel, trainOn, type Recipe } from "./ner-training";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const num = (name: string, fallback: number) => Number(opt(name) ?? fallback);
const recipe: Recipe = {
  epochs: num("--epochs", RECIPE.epochs),
  seed: num("--seed", RECIPE.seed),
  orders: num("--orders", RECIPE.orders),
  block: num("--block", RECIPE.block),
  minCount: num("--min-count", RECIPE.minCount),
  edges: RECIPE.edges && !args.includes("--no-edges"),
  doc: RECIPE.doc && !args.includes("--no-doc"),
};
const CHECK = args.includes("--check");
if (CHECK && JSON.stringify(recipe) !== JSON.stringify(RECIPE)) {
  console.error("--check trains with the committed recipe; leave out the recipe options");
  process.exit(2);
}
const TYPES = ["PERS", "ORG", "LOC"];
const f1 = (sc: Scores, type: string) => prf(sc.strict.get(type) ?? { tp: 0, gold: 0, pred: 0 }).f.toFixed(3);
const line = (sc: Scores) => `PERS ${f1(sc, "PERS")} ORG ${f1(sc, "ORG")} LOC ${f1(sc, "LOC")} micro ${prf(micro(sc.strict)).f.toFixed(3)}`;

const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);
const CV = args.includes("--cv");
const prepared = prepare(recipe, anerTraining(CV ? "part" : "whole"));
console.log(`recipe ${JSON.stringify(recipe)}`);
console.log(`training units: ${prepared.trainSentences} ANERcorp sentences in ${prepared.anerUnits} blocks + ${prepared.unitSentences.length - prepared.anerUnits} gold articles`);
console.log(`features ready in ${seconds()} s`);

if (CV) {
  // The lexicon folds are the validation folds: a held-out fold's cues never saw its own names.
  const load = args.includes("--quantized") ? (w: TrainedWeights) => decodeModel(encodeModel(w)) : undefined;
  const sc = crossValidate({ docs: prepared.unitSentences, foldOf: prepared.foldOf, folds: FOLDS, scored: (i) => i < prepared.anerUnits, types: TYPES, train: (s) => trainOn(recipe, s), load });
  console.log(`${FOLDS}-fold cross-validation on the training part of ANERcorp (${micro(sc.strict).gold} entities), strict F1: ${line(sc)}`);
  console.log(`done in ${seconds()} s`);
  process.exit(0);
}

const files = trainModel(recipe, prepared, CHECK ? undefined : (l) => console.log(l));
if (CHECK) {
  const stale = [
    { file: modelFile, want: files.modelJson },
    { file: namesFile, want: files.namesJson },
  ].filter(({ file, want }) => !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== want);
  for (const { file, want } of stale) console.error(`stale: ${file} (committed ${fs.existsSync(file) ? sha256(fs.readFileSync(file, "utf8")).slice(0, 12) : "missing"}, training gives ${sha256(want).slice(0, 12)}); run pnpm train:ner`);
  if (!stale.length) console.log(`the committed model and names lexicon are what training gives (sha256 ${sha256(files.modelJson).slice(0, 12)}, ${sha256(files.namesJson).slice(0, 12)}); ${seconds()} s`);
  process.exit(stale.length ? 1 : 0);
}

// The development part is in this model's training data, so it is not scored here: pnpm eval:ner
// trains the same recipe without it and scores that model.
console.log(`model: ${files.trained.features.length} token features and ${files.trained.edges.features.length} edge features trained, ${files.model.tokens.features} and ${files.model.edges.features} kept after 8-bit quantization`);

if (!args.includes("--dry-run")) {
  fs.writeFileSync(modelFile, files.modelJson);
  fs.writeFileSync(namesFile, files.namesJson);
  console.log(`wrote ${modelFile} (${(fs.statSync(modelFile).size / 1024).toFixed(0)} KB, sha256 ${sha256(files.modelJson).slice(0, 12)}) and ${namesFile} (${(fs.statSync(namesFile).size / 1024).toFixed(0)} KB)`);
}
console.log(`done in ${seconds()} s`);
