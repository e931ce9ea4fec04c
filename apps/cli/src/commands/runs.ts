import type { ExtractionRunWithProgress } from "@marsad/db";

/** One line per run: id, kind and scope, extractor version, progress by status, finished or not. */
export function formatRuns(runs: ExtractionRunWithProgress[]): string {
  if (runs.length === 0) return "no extraction runs yet";
  return runs
    .map((r) => {
      const p = r.progress;
      const settled = p.done + p.failed;
      const state = r.finishedAt ? `finished ${r.finishedAt.toISOString()}` : r.finished ? "finished" : "running";
      return [
        r.id,
        `${r.kind}/${r.scope}`,
        `extractor ${r.extractorVersion}`,
        `requested ${r.requestedAt.toISOString()}`,
        `${settled}/${r.articleCount} settled (queued ${p.queued}, processing ${p.processing}, done ${p.done}, failed ${p.failed})`,
        state,
      ].join("  ");
    })
    .join("\n");
}
