import { defineConfig } from "vitest/config";

// The first test of each file loads the lexicons and the tagger's model (a few seconds on a
// quiet machine, more while CI runs other packages' tests beside it); vitest's default of 5 s
// would fail a correct test for a slow load.
//
// The extractor's tests share one module graph per worker (`isolate: false`): the extractor is
// pure, the tests mock nothing, and loading the lexicons and the model once per worker instead
// of once per file takes the suite from tens of minutes to a few. The training check runs
// isolated, as `pnpm train:ner` does, because it must see only the modules training loads.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "extractor", include: ["src/**/*.test.ts"], isolate: false } },
      { extends: true, test: { name: "training", include: ["scripts/**/*.test.ts"] } },
    ],
  },
});
