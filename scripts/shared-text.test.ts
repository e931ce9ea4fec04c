/**
 * The example articles in ../shared (corpus, devset, their gold, ANERcorp) are other people's text:
 * tests and tools read them from there, and no tracked file repeats a run of their words. A run of
 * WINDOW characters (whitespace and tatweel folded) starting at a word is what counts as a copy;
 * shorter runs are office titles and stock phrases that any news text shares.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const WINDOW = 48;
const root = path.resolve(import.meta.dirname, "..");
const shared = path.resolve(root, "../shared");
const fold = (text: string) => text.replace(/[\s\u0640]+/gu, " ");
const BINARY = /\.(png|jpg|ico|woff2?|gz|bin)$/i;

/** Every WINDOW-character run of `text` that starts a word. */
function wordRuns(text: string): string[] {
  const folded = fold(text);
  const runs: string[] = [];
  for (let i = 0; i + WINDOW <= folded.length; i++) {
    if (i === 0 || folded[i - 1] === " ") runs.push(folded.slice(i, i + WINDOW));
  }
  return runs;
}

/** The prose of ../shared: articles as written, ANERcorp's tokens as sentences, gold's long strings. */
function sharedProse(): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(shared, { recursive: true, encoding: "utf8" })) {
    const full = path.join(shared, file);
    if (!statSync(full).isFile()) continue;
    const body = () => readFileSync(full, "utf8");
    if (/anercorp\/.*\.txt$/i.test(file)) texts.push(body().split("\n").map((line) => line.split(" ")[0]).join(" "));
    else if (/(^|\/)(corpus|articles)\/[^/]+\.txt$/.test(file)) texts.push(body());
    else if (/(^|\/)gold\/[^/]+\.json$/.test(file)) {
      JSON.parse(body(), (_key, value: unknown) => {
        if (typeof value === "string" && value.length >= WINDOW) texts.push(value);
        return value;
      });
    }
  }
  return texts;
}

describe.skipIf(!existsSync(shared))("tracked files and ../shared", () => {
  it(`share no ${WINDOW}-character run of words`, () => {
    const runs = new Set(sharedProse().flatMap(wordRuns));
    expect(runs.size).toBeGreaterThan(1000);
    const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
      .split("\0")
      .filter((file) => file && !BINARY.test(file) && file !== "pnpm-lock.yaml");
    const copies: string[] = [];
    for (const file of files) {
      const full = path.join(root, file);
      if (!existsSync(full)) continue;
      const shared = wordRuns(readFileSync(full, "utf8")).find((run) => runs.has(run));
      if (shared) copies.push(`${file}: ${shared}`);
    }
    expect(copies).toEqual([]);
  });
});
