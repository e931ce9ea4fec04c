import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { SUPPORTED_EXTENSIONS } from "./read-article-file";

export interface CollectedFiles {
  files: string[];
  /** Paths given on the command line that are neither a supported file nor a folder. */
  skipped: Array<{ path: string; reason: string }>;
}

const supported = (file: string) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

/** Expands files and folders (recursively) into the article files they hold, sorted, without repeats. */
export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const files = new Set<string>();
  const skipped: CollectedFiles["skipped"] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && supported(full)) files.add(full);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) skipped.push({ path: p, reason: "no such file or folder" });
    else if (info.isDirectory()) await walk(p);
    else if (supported(p)) files.add(p);
    else skipped.push({ path: p, reason: `unsupported file type (use ${SUPPORTED_EXTENSIONS.join(", ")})` });
  }
  return { files: [...files].sort(), skipped };
}
