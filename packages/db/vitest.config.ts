import { defineConfig } from "vitest/config";

// Several tests walk a whole scenario against a real Postgres (matching, reprocessing, reads, a
// merge), tens of statements each; on a two-core machine running other packages' tests beside it
// they can pass vitest's default of 5 s without anything being wrong.
export default defineConfig({ test: { testTimeout: 30_000 } });
