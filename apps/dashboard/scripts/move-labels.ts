/**
 * Moves inline Arabic/English label pairs into the message catalogues and leaves a key behind:
 *
 *   <T ar="الأشخاص" en="People" />     →  <T k="people.page.people" />
 *   { href, ar: "الأشخاص", en: "People" } →  { href, k: "people.page.people" }
 *
 * Keys are namespaced by the file (`src/app/queue/queue-panel.tsx` → `queue.queuePanel`) and named
 * from the English text. Pairs with an expression in them are listed for moving by hand.
 *
 *   tsx scripts/move-labels.ts          rewrite every file under src/app
 *   tsx scripts/move-labels.ts --check  only list what is left inline (exit 1 if anything is)
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findInlinePairs, icuLiteral, type InlinePair } from "../src/i18n/inline-labels";

type Catalogue = Record<string, unknown>;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const appDir = path.join(root, "src/app");
const catalogueFile = (locale: "ar" | "en") => path.join(root, "messages", `${locale}.json`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const camel = (words: string[]) =>
  words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join("");

/** `src/app/articles/[id]/article-view.tsx` → `["articles", "item", "articleView"]`. */
export function namespaceOf(file: string): string[] {
  const parts = path.relative(appDir, file).replace(/\.tsx?$/, "").split(path.sep);
  return parts.map((part) => {
    if (part === "_components") return "common";
    if (/^\[.+\]$/.test(part)) return "item";
    return camel(part.split(/[^A-Za-z0-9]+/).filter(Boolean));
  });
}

function keyOf(english: string): string {
  const words = english.replace(/&/g, " and ").split(/[^A-Za-z0-9]+/).filter(Boolean).slice(0, 5);
  const key = camel(words);
  return key === "" ? "label" : /^[0-9]/.test(key) ? `n${key}` : key;
}

function namespaceNode(catalogue: Catalogue, ns: string[]): Record<string, unknown> {
  let node = catalogue;
  for (const part of ns) {
    const next = node[part];
    if (typeof next === "string") throw new Error(`${ns.join(".")}: "${part}" is a message, not a namespace`);
    node[part] ??= {};
    node = node[part] as Catalogue;
  }
  return node;
}

/** Puts a pair under the namespace; the same pair twice shares one key. */
function addMessage(ar: Catalogue, en: Catalogue, ns: string[], pair: { ar: string; en: string }): string {
  const arNode = namespaceNode(ar, ns);
  const enNode = namespaceNode(en, ns);
  const message = { ar: icuLiteral(pair.ar), en: icuLiteral(pair.en) };
  const base = keyOf(pair.en);
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}${n}`;
    if (arNode[key] === undefined && enNode[key] === undefined) {
      arNode[key] = message.ar;
      enNode[key] = message.en;
      return [...ns, key].join(".");
    }
    if (arNode[key] === message.ar && enNode[key] === message.en) return [...ns, key].join(".");
  }
}

function rewrite(source: string, pairs: InlinePair[], keyFor: (pair: InlinePair) => string | null): string {
  let out = source;
  // From the end, so earlier offsets stay valid.
  for (const pair of [...pairs].sort((a, b) => b.start - a.start)) {
    const key = keyFor(pair);
    if (key === null) continue;
    const replacement = pair.kind === "jsx" ? [`k="${key}"`, pair.keep].filter(Boolean).join(" ") : `k: "${key}"`;
    out = out.slice(0, pair.start) + replacement + out.slice(pair.end);
  }
  return out;
}

function main(): void {
  const check = process.argv.includes("--check");
  const ar = JSON.parse(readFileSync(catalogueFile("ar"), "utf8")) as Catalogue;
  const en = JSON.parse(readFileSync(catalogueFile("en"), "utf8")) as Catalogue;
  const byHand: string[] = [];
  let moved = 0;
  for (const file of sourceFiles(appDir)) {
    const source = readFileSync(file, "utf8");
    const pairs = findInlinePairs(file, source);
    if (pairs.length === 0) continue;
    const ns = namespaceOf(file);
    for (const pair of pairs) {
      if (check || pair.ar === null || pair.en === null) byHand.push(`${path.relative(root, file)}:${pair.line}`);
    }
    if (check) continue;
    const next = rewrite(source, pairs, (pair) => {
      if (pair.ar === null || pair.en === null) return null;
      moved += 1;
      return addMessage(ar, en, ns, { ar: pair.ar, en: pair.en });
    });
    if (next !== source) writeFileSync(file, next);
  }
  if (!check) {
    writeFileSync(catalogueFile("ar"), `${JSON.stringify(ar, null, 2)}\n`);
    writeFileSync(catalogueFile("en"), `${JSON.stringify(en, null, 2)}\n`);
    console.log(`moved ${moved} labels into messages/ar.json and messages/en.json`);
  }
  if (byHand.length > 0) {
    console.log(`${byHand.length} inline pairs ${check ? "left" : "to move by hand"}:\n${byHand.join("\n")}`);
    if (check) process.exitCode = 1;
  }
}

main();
