/**
 * Checks that a probe set is the team's own words: no 40-character window of its articles (spaces
 * folded) appears in any text file of ../shared (the corpus, the devset, the gold, ANERcorp).
 * `pnpm --filter @marsad/extract probe:overlap [--dir probe3]`; exits 1 when a window is shared.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const WINDOW = 40;
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(packageDir, "../../../shared");
const args = process.argv.slice(2);
const dirAt = args.indexOf("--dir");
const probeDir = path.resolve(packageDir, dirAt >= 0 ? (args[dirAt + 1] ?? "probe3") : "probe3");
const fold = (s: string) => s.replace(/\s+/gu, " ");

if (!fs.existsSync(shared)) {
  console.log(`probe:overlap: ${shared} is absent; nothing to compare with.`);
  process.exit(0);
}
const sharedText = fs
  .readdirSync(shared, { recursive: true, encoding: "utf8" })
  .filter((f) => /\.(txt|json|md)$/.test(f))
  .map((f) => fold(fs.readFileSync(path.join(shared, f), "utf8")))
  .join("\n");
let shares = 0;
const articles = path.join(probeDir, "articles");
for (const file of fs.readdirSync(articles).filter((f) => f.endsWith(".txt")).sort()) {
  const text = fold(fs.readFileSync(path.join(articles, file), "utf8"));
  for (let i = 0; i + WINDOW <= text.length; i++) {
    const window = text.slice(i, i + WINDOW);
    if (sharedText.includes(window)) {
      console.log(`${file}: "${window}"`);
      shares++;
      break;
    }
  }
}
console.log(`probe:overlap: ${shares} article(s) of ${path.basename(probeDir)} share a ${WINDOW}-character window with ../shared`);
process.exit(shares ? 1 : 0);
