import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

/**
 * Runs the team's scorer (../shared/eval/score.mjs) on the five corpus articles and fails below
 * the bar of issue 3. The articles are read from ../shared at run time (never copied into the
 * repo); without ../shared the test is skipped.
 */

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(packageDir, "../../../shared");
const corpus = path.join(shared, "corpus");
const available = fs.existsSync(path.join(shared, "eval/score.mjs")) && fs.existsSync(corpus);

const FIELD_BAR: Record<string, number> = {
  persons: 0.9,
  locations: 0.85,
  organizations: 0.75,
  countries: 0.95,
  events: 0.7,
  topics: 0.7,
};
const ATTRIBUTE_BAR: Record<string, number> = {
  "person.rank": 0.85,
  "person.role": 0.85,
  "person.country": 0.85,
  title: 0.8,
  source: 0.8,
  author: 0.8,
  published: 0.8,
};

interface Score {
  fields: Record<string, { f1: number }>;
  attributes: Record<string, { accuracy: number }>;
}

function score(articles: string, gold: string): Score {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "marsad-extract-"));
  try {
    for (const f of fs.readdirSync(articles).filter((x) => x.endsWith(".txt"))) {
      const result = extractArticle({ text: fs.readFileSync(path.join(articles, f), "utf8"), fileName: f });
      fs.writeFileSync(path.join(out, f.replace(/\.txt$/, ".json")), JSON.stringify(result));
    }
    const json = execFileSync(process.execPath, [path.join(shared, "eval/score.mjs"), "--gold", gold, "--pred", out, "--json"], { encoding: "utf8" });
    return JSON.parse(json) as Score;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

describe.skipIf(!available)("corpus score (../shared present)", () => {
  it("meets the bar of issue 3 on the five corpus articles", () => {
    const s = score(corpus, path.join(shared, "gold"));
    const below: string[] = [];
    for (const [field, bar] of Object.entries(FIELD_BAR)) {
      const f1 = s.fields[field]?.f1 ?? 0;
      if (f1 < bar) below.push(`${field} F1 ${f1} < ${bar}`);
    }
    for (const [attr, bar] of Object.entries(ATTRIBUTE_BAR)) {
      const acc = s.attributes[attr]?.accuracy ?? 0;
      if (acc < bar) below.push(`${attr} accuracy ${acc} < ${bar}`);
    }
    expect(below).toEqual([]);
  }, 60_000);

  it("keeps a floor on the development set (generalisation check)", () => {
    const dev = path.join(shared, "devset");
    if (!fs.existsSync(path.join(dev, "articles"))) return;
    const s = score(path.join(dev, "articles"), path.join(dev, "gold"));
    // A floor well under the current scores: it catches a rule that breaks other outlets.
    expect(s.fields.persons?.f1 ?? 0).toBeGreaterThan(0.8);
    expect(s.fields.locations?.f1 ?? 0).toBeGreaterThan(0.75);
    expect(s.fields.events?.f1 ?? 0).toBeGreaterThan(0.65);
    expect(s.fields.countries?.f1 ?? 0).toBeGreaterThan(0.8);
  }, 60_000);
});
