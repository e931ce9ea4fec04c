/**
 * Throughput of extractArticle on one core: `pnpm bench` (or `pnpm bench:extract` at the root).
 * Uses the articles of ../shared (corpus and devset) when present, else generated Arabic text of
 * the same size. Prints articles/s (wall and per CPU-second) and per-article p50/p95 in
 * milliseconds, for the whole mix and for articles of about 4 KB, with the tagger and without it.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle } from "../src/index";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(packageDir, "../../../shared");

function sharedArticles(): string[] {
  const dirs = [path.join(shared, "corpus"), path.join(shared, "devset/articles")];
  return dirs.filter((d) => fs.existsSync(d)).flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(d, f), "utf8")));
}

/** A made-up article of about `bytes` UTF-8 bytes (sentences written for this benchmark). */
function generated(bytes: number, seed: number): string {
  const lines = [
    "وزير الدفاع يبحث مع نظيره التعاون العسكري",
    "كتب: محرر الشؤون العسكرية",
    "استقبل الفريق أول سالم ناصر، رئيس أركان القوات المسلحة، اليوم الأحد في القاهرة، اللواء الركن خالد عمر والوفد المرافق له.",
    "وبحث الجانبان سبل تعزيز التعاون العسكري وتبادل الخبرات في مجالات التدريب وأمن الحدود ومكافحة الإرهاب.",
    "وأكد وزير الدفاع الأردني حرص بلاده على دعم الاستقرار في المنطقة، بحسب بيان صادر عن وزارة الدفاع.",
    "The Chief of Staff Gen. Omar Saleh met his Italian counterpart in Rome on Monday to discuss military cooperation.",
  ];
  let out = "";
  let i = seed;
  while (Buffer.byteLength(out) < bytes) out += lines[i++ % lines.length] + "\n";
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function run(label: string, texts: string[], rounds: number, tagger = true): void {
  for (const t of texts) extractArticle({ text: t, tagger }); // warm-up
  const times: number[] = [];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const s = performance.now();
      extractArticle({ text, tagger });
      times.push(performance.now() - s);
    }
  }
  const total = (performance.now() - t0) / 1000;
  // CPU time of this process: on a machine shared with other work, wall time counts the waits
  // for a core too, so articles per CPU-second is the steadier figure to compare runs by.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  times.sort((a, b) => a - b);
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length / 1024;
  console.log(
    `${label.padEnd(22)} ${String(times.length).padStart(5)} articles  avg ${kb.toFixed(1)} KB  ` +
      `${(times.length / total).toFixed(0).padStart(5)} articles/s  ${(times.length / cpuSeconds).toFixed(0).padStart(5)} per CPU-s  ` +
      `p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms`,
  );
}

const real = sharedArticles();
const mix = real.length ? real : Array.from({ length: 30 }, (_, i) => generated(2000 + (i % 5) * 800, i));
const fourKb = real.length ? real.filter((t) => Buffer.byteLength(t) >= 3500) : Array.from({ length: 30 }, (_, i) => generated(4096, i));
console.log(`extractArticle benchmark (${real.length ? "../shared articles" : "generated articles"}), one core`);
run("corpus-sized mix", mix, Math.max(5, Math.ceil(1500 / mix.length)));
run("about 4 KB", fourKb.length ? fourKb : mix, Math.max(5, Math.ceil(1500 / Math.max(1, fourKb.length))));
run("about 4 KB, rules only", fourKb.length ? fourKb : mix, Math.max(5, Math.ceil(1500 / Math.max(1, fourKb.length))), false);
run("generated 4 KB", Array.from({ length: 30 }, (_, i) => generated(4096, i)), 50);
