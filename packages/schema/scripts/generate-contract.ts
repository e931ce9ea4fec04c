/**
 * Writes contract/openapi.json and contract/json-schema/*.json from the zod schemas.
 * `pnpm --filter @marsad/schema generate`; a test fails when the committed files are stale.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contractFiles } from "./contract-files";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const out = join(root, "contract");
rmSync(out, { recursive: true, force: true });
const files = contractFiles(version);
for (const [path, content] of files) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), content);
}
console.log(`wrote ${files.size} files to contract/`);
