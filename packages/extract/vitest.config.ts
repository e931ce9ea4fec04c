import { defineConfig } from "vitest/config";

// The first test of each file loads the lexicons and the tagger's model (a few seconds on a
// quiet machine, more while CI runs other packages' tests beside it); vitest's default of 5 s
// would fail a correct test for a slow load.
export default defineConfig({ test: { testTimeout: 30_000 } });
