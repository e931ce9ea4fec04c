import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { extractArticle } from "@marsad/extract";
import { collectFiles } from "../collect-files";
import { readArticleFile } from "../read-article-file";

export interface ExtractSummary {
  written: string[];
  failed: Array<{ file: string; reason: string }>;
}

/** Extracts each file to `outDir/<name>.json` (X.txt → X.json) in the gold format of ../shared/gold. */
export async function extractPaths(paths: string[], outDir: string): Promise<ExtractSummary> {
  const { files, skipped } = await collectFiles(paths);
  const summary: ExtractSummary = { written: [], failed: skipped.map((s) => ({ file: s.path, reason: s.reason })) };
  await mkdir(outDir, { recursive: true });
  for (const file of files) {
    const read = await readArticleFile(file);
    if (!read.ok) {
      summary.failed.push({ file, reason: read.reason });
      continue;
    }
    const extraction = extractArticle({
      text: read.text,
      fileName: path.basename(file),
      title: read.title ?? null,
      publishedHint: read.publishedAt ?? null,
    });
    const out = path.join(outDir, `${path.basename(file, path.extname(file))}.json`);
    await writeFile(out, `${JSON.stringify(extraction, null, 2)}\n`);
    summary.written.push(out);
  }
  return summary;
}
