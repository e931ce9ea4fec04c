import { defineConfig } from "tsup";

/**
 * The published build: ESM with type declarations, one entry per public subpath. Workspace
 * packages import the TypeScript source directly; only `pnpm pack`/`publish` use dist/.
 */
export default defineConfig({
  entry: {
    index: "src/index.ts",
    tables: "src/tables/index.ts",
    zod: "src/zod/index.ts",
    queue: "src/queue.ts",
    migrations: "src/migrations.ts",
  },
  format: ["esm"],
  target: "node20",
  dts: true,
  clean: true,
  sourcemap: true,
  external: ["drizzle-orm", "zod"],
});
