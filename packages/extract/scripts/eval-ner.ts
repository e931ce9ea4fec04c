/**
 * `pnpm eval:ner`: CoNLL entity-level precision, recall and F1 per type (strict: same span and
 * type; overlap: same type, shared tokens) on the development part of ANERcorp (the last 10 % of
 * the train file's sentences), for the rules alone, the tagger alone and the combination that
 * `marsad extract --conll` prints. The committed model has learnt the whole train file, the
 * development part too, so this script first trains a model of the committed recipe on the rest
 * (the training part and the gold articles) and scores that one everywhere, extractArticle
 * included: the figures are those of a model that never saw the part.
 *
 * The tagger and the combination read the sentences in blocks of consecutive sentences, as
 * `marsad extract --conll` reads a file (document features); the rules read each sentence alone.
 * extractArticle is scored twice: on each sentence alone, and on each block read as one article
 * (how the pipeline reads news: a family name printed alone finds the full name told before it).
 *
 *   [NER_SEED=N] pnpm eval:ner [--errors TYPE] [--baseline MODEL.json]
 *   (NER_SEED trains the recipe with another seed; --errors lists the tagger's misses and false alarms of TYPE; --baseline also scores another
 *   model file beside it, with the names lexicon of the model trained here; a model that learnt
 *   the development part, as the committed one does, scores too high there)
 */
import { extractArticle } from "../src/extract";
import { DEFAULT_COMBINE } from "../src/ner/combine";
import fs from "node:fs";
import { decodeModel, type EncodedModel } from "../src/ner/codec";
import { blockTags } from "../src/ner/conll-tagger";
import { withTagger } from "../src/ner/model";
import { nameLexicon } from "../src/ner/names-lexicon";
import { mentionSpans } from "../src/ner/project";
import { addSentence, micro, newScores, prf, type Scores } from "../src/ner/score";
import { tagSpans } from "../src/ner/tagger";
import { spansOf } from "../src/ner/tags";
import { toBlockTags, toInputTags } from "../src/ner/conll";
import { anerBlocks, anerDoc, readAnercorp } from "./ner-data";
import { anerTraining, prepare, RECIPE, trainModel } from "./ner-training";

const TYPES = ["PERS", "ORG", "LOC"];
const args = process.argv.slice(2);
const errorsOf = args.includes("--errors") ? args[args.indexOf("--errors") + 1] : undefined;
const baselineFile = args.includes("--baseline") ? args[args.indexOf("--baseline") + 1] : undefined;

const { dev } = readAnercorp();
const t0 = performance.now();
// NER_SEED trains the recipe with another seed (the development part's figure moves by a point between seeds).
const recipe = process.env.NER_SEED ? { ...RECIPE, seed: Number(process.env.NER_SEED) } : RECIPE;
const prepared = prepare(recipe, anerTraining("part"));
const trained = decodeModel(trainModel(recipe, prepared).model);
const tagger = { weights: trained.weights, edges: recipe.edges ? trained.edges : null, names: nameLexicon(prepared.lexicon) };
console.log(`trained the committed recipe${recipe === RECIPE ? "" : ` with seed ${recipe.seed}`} on the training part (${prepared.trainSentences} sentences) and the gold articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const rules = newScores();
const alone = newScores();
const combined = newScores();
const extraction = newScores();
const extractionBlocks = newScores();
let blocksMisaligned = 0;
let rulesMisaligned = 0;
// Spans only the tagger found (what the extraction adds to the rules), by confidence: [confidence, correct].
const additions: Record<string, [number, boolean][]> = { PERS: [], ORG: [], LOC: [] };
const CUTS = [-Infinity, 0, 10, 20, 30, 40, 60];
const baseline = newScores();
const combineOptions = process.env.NER_COMBINE ? { ...DEFAULT_COMBINE, ...(JSON.parse(process.env.NER_COMBINE) as object) } : DEFAULT_COMBINE;
// The tagger's tags of every dev sentence, read in blocks (document features), and the combination's.
const taggedBySentence: string[][] = [];
const combinedBySentence: string[][] = [];
const baselineTagger = baselineFile ? { ...decodeModel(JSON.parse(fs.readFileSync(baselineFile, "utf8")) as EncodedModel), names: tagger.names } : null;
// extractArticle and the --conll combination read with the model trained here, not the committed one.
withTagger(tagger, () => {
  for (const b of anerBlocks(dev)) {
    taggedBySentence.push(...toBlockTags(b.block, tagSpans(tagger, { tokens: b.doc.tokens, text: b.doc.text, ranges: b.ranges })));
    combinedBySentence.push(...blockTags(b.sentences.map((s) => s.tokens), combineOptions));
    // The block as one article (its words joined by spaces, as the tagger reads it).
    const article = extractArticle({ text: b.doc.text });
    if (article.cleanedText !== b.doc.text) blocksMisaligned++;
    const articleTags = toBlockTags(b.block, article.cleanedText === b.doc.text ? mentionSpans(b.doc.tokens, article) : []);
    articleTags.forEach((tags, k) => addSentence(extractionBlocks, b.sentences[k]!.tags!, tags, TYPES));
    if (baselineTagger) toBlockTags(b.block, tagSpans(baselineTagger, { tokens: b.doc.tokens, text: b.doc.text, ranges: b.ranges })).forEach((tags, k) => addSentence(baseline, b.sentences[k]!.tags!, tags, TYPES));
  }
  dev.forEach((s, index) => {
    const gold = s.tags!;
    const u = anerDoc(s);
    const x = extractArticle({ text: u.doc.text, tagger: false });
    if (x.cleanedText !== u.doc.text) rulesMisaligned++;
    const ruleTags = x.cleanedText === u.doc.text ? toInputTags(u.aligned, mentionSpans(u.doc.tokens, x), s.tokens.length) : s.tokens.map(() => "O");
    addSentence(rules, gold, ruleTags, TYPES);
    const withTagger = extractArticle({ text: u.doc.text });
    addSentence(extraction, gold, withTagger.cleanedText === u.doc.text ? toInputTags(u.aligned, mentionSpans(u.doc.tokens, withTagger), s.tokens.length) : s.tokens.map(() => "O"), TYPES);
    const taggerTags = taggedBySentence[index]!;
    // What the extraction adds to the rules: the tagger's spans of the sentence read alone (as extractArticle reads it).
    const taggerSpans = tagSpans(tagger, { tokens: u.doc.tokens, text: u.doc.text, ranges: u.ranges });
    const ruleSpans = x.cleanedText === u.doc.text ? mentionSpans(u.doc.tokens, x) : [];
    const goldSpans = spansOf(gold);
    for (const t of taggerSpans) {
      if (!(t.type in additions) || ruleSpans.some((r) => r.first <= t.last && t.first <= r.last)) continue;
      const [one] = spansOf(toInputTags(u.aligned, [t], s.tokens.length));
      additions[t.type]!.push([t.confidence, !!one && goldSpans.some((g) => g.type === t.type && g.first === one.first && g.last === one.last)]);
    }
    addSentence(alone, gold, taggerTags, TYPES);
    addSentence(combined, gold, combinedBySentence[index]!, TYPES);
    if (errorsOf) {
      const g = spansOf(gold).filter((e) => e.type === errorsOf);
      const p = spansOf(taggerTags).filter((e) => e.type === errorsOf);
      const txt = (e: { first: number; last: number }) => s.tokens.slice(e.first, e.last + 1).join(" ");
      const ctx = (e: { first: number; last: number }) => `${s.tokens.slice(Math.max(0, e.first - 3), e.first).join(" ")} [${txt(e)}] ${s.tokens.slice(e.last + 1, e.last + 4).join(" ")}`;
      for (const e of g) if (!p.some((x) => x.first === e.first && x.last === e.last)) console.log(`miss  ${ctx(e)}   → tagger: ${taggerTags.slice(e.first, e.last + 1).join(" ")}`);
      for (const e of p) if (!g.some((x) => x.first === e.first && x.last === e.last)) console.log(`false ${ctx(e)}   gold: ${gold.slice(e.first, e.last + 1).join(" ")}`);
    }
  });
});

function table(label: string, sc: Scores): void {
  console.log(`\n${label}`);
  console.log(`  ${"type".padEnd(6)} ${"strict P".padStart(9)} ${"R".padStart(6)} ${"F1".padStart(6)}   ${"overlap P".padStart(9)} ${"R".padStart(6)} ${"F1".padStart(6)}   gold  pred`);
  for (const type of [...TYPES, "micro"]) {
    const st = type === "micro" ? micro(sc.strict) : (sc.strict.get(type) ?? { tp: 0, gold: 0, pred: 0 });
    const ov = type === "micro" ? micro(sc.overlap) : (sc.overlap.get(type) ?? { tp: 0, gold: 0, pred: 0 });
    const a = prf(st);
    const b = prf(ov);
    console.log(
      `  ${type.padEnd(6)} ${a.p.toFixed(3).padStart(9)} ${a.r.toFixed(3).padStart(6)} ${a.f.toFixed(3).padStart(6)}   ${b.p.toFixed(3).padStart(9)} ${b.r.toFixed(3).padStart(6)} ${b.f.toFixed(3).padStart(6)}   ${String(st.gold).padStart(4)}  ${String(st.pred).padStart(4)}`,
    );
  }
}

console.log(`ANERcorp development part: ${dev.length} sentences, ${dev.reduce((n, s) => n + s.tokens.length, 0)} tokens (last 10 % of the train file, held out of training)`);
table("rules alone (extractArticle on each sentence, mentions projected on tokens)", rules);
if (baselineFile) table(`tagger alone, baseline model ${baselineFile}`, baseline);
table("tagger alone (blocks of consecutive sentences read as documents)", alone);
table("combination (marsad extract --conll)", combined);
table("extractArticle: rules plus the tagger's additions (persons, organizations, places of the extraction)", extraction);
table("extractArticle on blocks of consecutive sentences read as one article each", extractionBlocks);
if (blocksMisaligned) console.log(`(${blocksMisaligned} blocks changed by article cleaning; scored as finding nothing there)`);
console.log("\nspans only the tagger found, kept at a confidence of at least c: strict precision (count)");
console.log(`  ${"type".padEnd(6)} ${CUTS.map((c) => `c≥${c === -Infinity ? "-∞" : c}`.padStart(13)).join("")}`);
for (const [type, list] of Object.entries(additions)) {
  const cells = CUTS.map((c) => {
    const kept = list.filter(([conf]) => conf >= c);
    const ok = kept.filter(([, right]) => right).length;
    return `${kept.length ? (ok / kept.length).toFixed(2) : "-"} (${kept.length})`.padStart(13);
  });
  console.log(`  ${type.padEnd(6)} ${cells.join("")}`);
}
if (rulesMisaligned) console.log(`\n(${rulesMisaligned} sentences changed by article cleaning; the rules are scored as finding nothing there)`);
console.log(`\n${((performance.now() - t0) / 1000).toFixed(1)} s`);
