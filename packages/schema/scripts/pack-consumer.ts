/**
 * Proves the package works for someone outside this repository: builds it, packs the tarball
 * `npm publish` would upload, and installs it into a fresh project (outside the workspace) made of
 * the repository's examples/, then type-checks them against the packed `.d.ts` files.
 *
 *   pnpm --filter @marsad/schema exec tsx scripts/pack-consumer.ts [DIR]
 *
 * Prints the consumer project's folder on its last line; the examples can be run from there.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const examplesDir = join(packageDir, "..", "..", "examples");

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

export function packConsumer(target = mkdtempSync(join(tmpdir(), "marsad-consumer-"))): string {
  // No explicit build: `pnpm pack` builds dist/ itself (the package's prepack script).
  const packed = run("pnpm", ["pack", "--pack-destination", target], packageDir).trim().split("\n");
  const tarball = packed[packed.length - 1]!.trim();

  for (const file of readdirSync(examplesDir)) {
    if (file.endsWith(".ts") || file === "tsconfig.json") copyFileSync(join(examplesDir, file), join(target, file));
  }
  const manifest = JSON.parse(readFileSync(join(examplesDir, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  manifest.dependencies["@marsad/schema"] = `file:${tarball}`;
  writeFileSync(join(target, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);

  run("pnpm", ["install", "--prefer-offline", "--ignore-workspace", "--config.confirmModulesPurge=false"], target);
  run("pnpm", ["exec", "tsc", "--noEmit", "-p", "."], target);
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(packConsumer(process.argv[2]));
}
