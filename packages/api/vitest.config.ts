import { defineConfig } from "vitest/config";

// The account tests hash passwords with scrypt (deliberately slow) several times each and run
// against a real Postgres; on a two-core machine running other packages' tests beside them they can
// pass vitest's default of 5 s without anything being wrong.
export default defineConfig({ test: { testTimeout: 30_000 } });
