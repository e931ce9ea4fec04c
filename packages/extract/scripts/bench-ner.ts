/**
 * `pnpm --filter @marsad/extract bench:ner`: what the tagger costs — the model's size, the time
 * to load it (JSON parse + decode), the memory it holds, and tagging throughput on ~4 KB Arabic
 * articles (../shared articles when present, else generated text), apart from the rest of the
 * extraction. Run with --expose-gc for a steadier memory figure.
 *
 *   --tag-only N   only tag the articles N times and print the CPU time per article: for instruction
 *                  counts, run twice under `valgrind --tool=callgrind` (N = 0 and N = 20) and divide
 *                  the difference by the articles tagged.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanArticle } from "../src/clean/boilerplate";
import { buildDoc } from "../src/document";
import { findPlaceHits, type PlaceHit } from "../src/places/gazetteer";
import { detectLanguage } from "../src/metadata/language";
import { decodeModel, type EncodedModel } from "../src/ner/codec";
import { taggedSpans } from "../src/ner/extend";
import { defaultTagger } from "../src/ner/model";
import { extractArticle } from "../src/extract";

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/ner/data");
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../shared");
const gc = (globalThis as { gc?: () => void }).gc;

const modelFile = path.join(dataDir, "ner-model.json");
const namesFile = path.join(dataDir, "ner-names.json");
console.log(`model file ${(fs.statSync(modelFile).size / 1024).toFixed(0)} KB, names lexicon ${(fs.statSync(namesFile).size / 1024).toFixed(0)} KB`);

gc?.();
const heap0 = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const t0 = performance.now();
const raw = fs.readFileSync(modelFile, "utf8");
const { weights, edges } = decodeModel(JSON.parse(raw) as EncodedModel);
const t1 = performance.now();
gc?.();
const heap1 = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
console.log(
  `load: ${(t1 - t0).toFixed(0)} ms to read, parse and decode ${weights.featureCount} token and ${edges.featureCount} edge features; ` +
    `the decoded weights hold ≈ ${((heap1 - heap0) / 2 ** 20).toFixed(1)} MB${gc ? "" : " (run with node --expose-gc for a steadier figure)"}`,
);
void defaultTagger();

const dirs = [path.join(shared, "corpus"), path.join(shared, "devset/articles")];
const texts = dirs
  .filter((d) => fs.existsSync(d))
  .flatMap((d) => fs.readdirSync(d).map((f) => fs.readFileSync(path.join(d, f), "utf8")))
  .map((t) => cleanArticle(t).text)
  .filter((t) => detectLanguage(t) === "ar" && Buffer.byteLength(t) >= 3500);
const sample = texts.length ? texts : [Array.from({ length: 40 }, () => "وقال سامر نادر إن الوفد وصل إلى القاهرة أمس لبحث التعاون مع وزارة الدفاع.").join(" ")];
const docs = sample.map((text) => {
  const doc = buildDoc(text, "ar");
  const placeAt: (PlaceHit | undefined)[] = new Array<PlaceHit | undefined>(doc.tokens.length);
  for (const p of findPlaceHits(doc.tokens, doc.text)) for (let k = p.firstToken; k <= p.lastToken; k++) placeAt[k] = p;
  return { doc, placeAt };
});
const tagOnly = process.argv.includes("--tag-only") ? Number(process.argv[process.argv.indexOf("--tag-only") + 1]) : undefined;
if (tagOnly !== undefined) {
  const c0 = process.cpuUsage();
  for (let r = 0; r < tagOnly; r++) for (const d of docs) taggedSpans(d);
  const c = process.cpuUsage(c0);
  console.log(`tagged ${docs.length} articles × ${tagOnly}: ${tagOnly ? ((c.user + c.system) / 1000 / (tagOnly * docs.length)).toFixed(3) : "-"} ms CPU per article`);
  process.exit(0);
}
for (const d of docs) taggedSpans(d);
const rounds = Math.ceil(1000 / docs.length);
const s = performance.now();
for (let r = 0; r < rounds; r++) for (const d of docs) taggedSpans({ doc: d.doc, placeAt: d.placeAt });
const secs = (performance.now() - s) / 1000;
const kb = sample.reduce((n, t) => n + Buffer.byteLength(t), 0) / sample.length / 1024;
console.log(`tagging alone: ${((rounds * docs.length) / secs).toFixed(0)} articles/s (${((secs * 1000) / (rounds * docs.length)).toFixed(2)} ms per ${kb.toFixed(1)} KB Arabic article, one core)`);

// The whole extraction with and without the tagger, interleaved article by article so that a
// busy machine slows both alike: the tagger's share of an article's reading.
const raws = texts.length ? texts : sample;
const on: number[] = [];
const off: number[] = [];
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
let cpuOn = 0;
let cpuOff = 0;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const text of raws) extractArticle({ text });
for (let r = 0; r < Math.ceil(600 / raws.length); r++)
  for (const text of raws) {
    let c = cpu();
    let t = performance.now();
    extractArticle({ text, tagger: false });
    off.push(performance.now() - t);
    cpuOff += cpu() - c;
    c = cpu();
    t = performance.now();
    extractArticle({ text });
    on.push(performance.now() - t);
    cpuOn += cpu() - c;
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(
  `extractArticle on the same ${kb.toFixed(1)} KB articles, wall clock: ${(1000 / (sum(off) / off.length)).toFixed(0)} articles/s without the tagger, ${(1000 / (sum(on) / on.length)).toFixed(0)} with it ` +
    `(median ${median(off).toFixed(2)} → ${median(on).toFixed(2)} ms)`,
);
console.log(
  `  CPU time: ${((1000 * off.length) / cpuOff).toFixed(0)} articles per CPU-second without the tagger, ${((1000 * on.length) / cpuOn).toFixed(0)} with it; the tagger adds ${((cpuOn / cpuOff - 1) * 100).toFixed(0)} %`,
);
