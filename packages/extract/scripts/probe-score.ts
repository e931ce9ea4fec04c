/**
 * Scores the extractor on our own probe set (probe/articles + probe/gold, written by the team and
 * never used for tuning rules by sight):
 * `pnpm --filter @marsad/extract probe [--dir probe2] [--prefix ar-] [--verbose]`.
 * Extracts every probe article into a temporary directory and runs the team's scorer
 * (../shared/eval/score.mjs) over it. `--prefix` keeps only the articles whose file name starts
 * with it (the folder holds Arabic and English sets side by side). `--dir` picks another probe set
 * inside the package (default `probe`), e.g. `probe2`, the set written after the rules were tuned.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle } from "../src/index";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const scorer = path.resolve(packageDir, "../../../shared/eval/score.mjs");
const args = process.argv.slice(2);
const dirAt = args.indexOf("--dir");
const probeDir = path.resolve(packageDir, dirAt >= 0 ? (args[dirAt + 1] ?? "probe") : "probe");
if (!fs.existsSync(path.join(probeDir, "articles"))) {
  console.error(`probe: ${probeDir} has no articles/ folder.`);
  process.exit(2);
}
const prefixAt = args.indexOf("--prefix");
const prefix = prefixAt >= 0 ? (args[prefixAt + 1] ?? "") : "";
const verbose = args.includes("--verbose");

if (!fs.existsSync(scorer)) {
  console.log(`probe: the scorer ${scorer} is absent (../shared not checked out); nothing scored.`);
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "marsad-probe-"));
const goldDir = path.join(work, "gold");
const predDir = path.join(work, "pred");
fs.mkdirSync(goldDir);
fs.mkdirSync(predDir);
try {
  const articles = fs
    .readdirSync(path.join(probeDir, "articles"))
    .filter((f) => f.endsWith(".txt") && f.startsWith(prefix))
    .sort();
  for (const file of articles) {
    const stem = file.replace(/\.txt$/, "");
    const gold = path.join(probeDir, "gold", `${stem}.json`);
    // An article without gold yet is not scored (a missing gold would count nothing anyway).
    if (!fs.existsSync(gold)) continue;
    fs.copyFileSync(gold, path.join(goldDir, `${stem}.json`));
    const text = fs.readFileSync(path.join(probeDir, "articles", file), "utf8");
    const result = extractArticle({ text, fileName: file });
    fs.writeFileSync(path.join(predDir, `${stem}.json`), JSON.stringify(result, null, 2) + "\n");
  }
  if (!fs.readdirSync(goldDir).length) {
    console.log(`probe: no probe article with gold matches prefix "${prefix}".`);
    process.exit(0);
  }
  const scorerArgs = [scorer, "--gold", goldDir, "--pred", predDir, ...(verbose ? ["--verbose"] : [])];
  process.stdout.write(execFileSync(process.execPath, scorerArgs, { encoding: "utf8" }));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
