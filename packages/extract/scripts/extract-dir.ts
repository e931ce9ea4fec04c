/**
 * Extracts articles to JSON, one file per input: `tsx scripts/extract-dir.ts --out DIR FILE...`
 * (X.txt → DIR/X.json). The scoring loop of the extractor; the CLI wraps the same function.
 */
import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../src/index";

const args = process.argv.slice(2);
const outIdx = args.indexOf("--out");
if (outIdx < 0 || !args[outIdx + 1]) {
  console.error("usage: tsx scripts/extract-dir.ts --out DIR FILE...");
  process.exit(2);
}
const outDir = args[outIdx + 1]!;
const files = args.filter((_, i) => i !== outIdx && i !== outIdx + 1);
fs.mkdirSync(outDir, { recursive: true });
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  const base = path.basename(file);
  const result = extractArticle({ text, fileName: base });
  const target = path.join(outDir, base.replace(/\.[^.]+$/, "") + ".json");
  fs.writeFileSync(target, JSON.stringify(result, null, 2) + "\n");
}
