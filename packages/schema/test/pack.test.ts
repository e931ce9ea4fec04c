import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packConsumer } from "../scripts/pack-consumer";

describe("the packed package", () => {
  it("is built by `pnpm pack` itself: a clean clone (no dist/ yet) ships dist/", { timeout: 240_000 }, () => {
    const packageDir = join(import.meta.dirname, "..");
    rmSync(join(packageDir, "dist"), { recursive: true, force: true });
    const target = mkdtempSync(join(tmpdir(), "marsad-pack-"));
    try {
      const packed = execFileSync("pnpm", ["pack", "--pack-destination", target], { cwd: packageDir, encoding: "utf8" });
      const tarball = packed.trim().split("\n").at(-1)!.trim();
      const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
      expect(listing).toEqual(expect.arrayContaining(["package/dist/index.js", "package/dist/index.d.ts", "package/dist/zod.js"]));
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });

  it("installs in a fresh project, type-checks the examples and loads every subpath", { timeout: 240_000 }, () => {
    const dir = packConsumer();
    const installed = join(dir, "node_modules", "@marsad", "schema");
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
    };
    // pnpm pack swaps the workspace's source exports for the built ones (src/ ships for the
    // source maps and for `pnpm deploy`, which copies workspace packages without publishConfig).
    expect(JSON.stringify(manifest.exports)).not.toContain("./src/");
    expect(existsSync(join(installed, "dist", "index.d.ts"))).toBe(true);

    const probe = `
      const zod = await import("@marsad/schema/zod");
      const tables = await import("@marsad/schema/tables");
      const queue = await import("@marsad/schema/queue");
      const { MIGRATIONS_FOLDER } = await import("@marsad/schema/migrations");
      const fs = await import("node:fs");
      const ok = zod.articleSubmissionSchema.safeParse({ text: "نص", unknownField: 1 }).success;
      console.log(JSON.stringify({
        rejectsUnknown: !ok,
        table: tables.articles !== undefined,
        queue: queue.QUEUE_NAMES.articles,
        migrations: fs.readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith(".sql")).length,
      }));`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", probe], { cwd: dir, encoding: "utf8" });
    // Every migration of the workspace ships in the tarball.
    const migrations = readdirSync(join(import.meta.dirname, "..", "migrations")).filter((f) => f.endsWith(".sql")).length;
    expect(JSON.parse(output)).toEqual({ rejectsUnknown: true, table: true, queue: "articles", migrations });
  });
});
