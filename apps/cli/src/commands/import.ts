import { submitArticle, type IntakeDeps } from "@marsad/intake";
import { articleSubmissionSchema } from "@marsad/schema";
import { collectFiles } from "../collect-files";
import { readArticleFile } from "../read-article-file";

export interface ImportSummary {
  queued: string[];
  duplicates: Array<{ file: string; id: string }>;
  rejected: Array<{ file: string; reason: string }>;
}

/**
 * Submits every article file under `paths` (and every http(s) link among them, which the worker
 * fetches): each is stored in Postgres and queued. Files that are not articles are listed with
 * the reason, never silently dropped.
 */
export async function importPaths(
  deps: IntakeDeps,
  paths: string[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportSummary> {
  // http(s) links are submitted as URLs: the worker fetches and reads them.
  const urls = paths.filter((p) => /^https?:\/\//i.test(p));
  const { files, skipped } = await collectFiles(paths.filter((p) => !urls.includes(p)));
  const summary: ImportSummary = {
    queued: [],
    duplicates: [],
    rejected: skipped.map((s) => ({ file: s.path, reason: s.reason })),
  };
  const total = files.length + urls.length;
  onProgress(0, total);
  for (const [i, url] of urls.entries()) {
    const parsed = articleSubmissionSchema.safeParse({ url });
    if (!parsed.success) summary.rejected.push({ file: url, reason: issueReason(parsed.error.issues[0]) });
    else {
      const result = await submitArticle(deps, parsed.data);
      if (result.created) summary.queued.push(url);
      else summary.duplicates.push({ file: url, id: result.id });
    }
    onProgress(i + 1, total);
  }
  for (const [i, file] of files.entries()) {
    const read = await readArticleFile(file);
    if (!read.ok) {
      summary.rejected.push({ file, reason: read.reason });
    } else {
      const { ok: _ok, ...fields } = read;
      const parsed = articleSubmissionSchema.safeParse(fields);
      if (!parsed.success) {
        summary.rejected.push({ file, reason: issueReason(parsed.error.issues[0]) });
      } else {
        // A saved page's date is its metadata's; a text file carries none.
        const result = await submitArticle(deps, parsed.data, /\.html?$/i.test(file) ? "page" : "submitter");
        if (result.created) summary.queued.push(file);
        else summary.duplicates.push({ file, id: result.id });
      }
    }
    onProgress(urls.length + i + 1, total);
  }
  return summary;
}

/** What is wrong, naming the field (`url: must not contain NUL …`) as the API does. */
function issueReason(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return "invalid article";
  const field = issue.path.map(String).join(".");
  return field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
}

export function formatImportSummary(summary: ImportSummary): string {
  const lines = [
    `queued: ${summary.queued.length}   duplicates: ${summary.duplicates.length}   rejected: ${summary.rejected.length}`,
  ];
  for (const d of summary.duplicates) lines.push(`  duplicate  ${d.file} (already stored as ${d.id})`);
  for (const r of summary.rejected) lines.push(`  rejected   ${r.file}: ${r.reason}`);
  return lines.join("\n");
}
