import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { anercorpTrain } from "./ner-data";
import { modelFile, namesFile, RECIPE, sha256, trainModel } from "./ner-training";

// Trains the tagger as `pnpm train:ner` does (about a minute on a busy two-core machine) and
// compares the result with the committed files: a change to the word lists the tagger's cues
// read, to its features or to the training data makes the committed model stale, and this test
// says so until `pnpm train:ner` is run. Skipped when ../shared is absent.
describe.skipIf(!fs.existsSync(anercorpTrain))("the committed entity tagger", () => {
  it("is exactly what pnpm train:ner gives from ../shared and this tree", () => {
    const files = trainModel(RECIPE);
    expect(sha256(files.namesJson), "ner-names.json is stale: run pnpm train:ner").toBe(sha256(fs.readFileSync(namesFile, "utf8")));
    expect(sha256(files.modelJson), "ner-model.json is stale: run pnpm train:ner").toBe(sha256(fs.readFileSync(modelFile, "utf8")));
  }, 900_000);
});
