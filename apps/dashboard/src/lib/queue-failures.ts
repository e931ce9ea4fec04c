/** A failed job as the queue page receives it (the fields this grouping reads). */
export interface FailedJob {
  id: string;
  articleId: string | null;
  finishedAt: number | null;
}

/**
 * One row per failed article: its latest failed job, and how many of its jobs failed (an article
 * read again in several runs fails once per run; the queue keeps each job).
 */
export function latestFailurePerArticle<J extends FailedJob>(jobs: J[]): Array<J & { failures: number }> {
  const byArticle = new Map<string, J & { failures: number }>();
  for (const job of jobs) {
    const key = job.articleId ?? `job:${job.id}`;
    const seen = byArticle.get(key);
    if (!seen) byArticle.set(key, { ...job, failures: 1 });
    else if ((job.finishedAt ?? 0) > (seen.finishedAt ?? 0)) byArticle.set(key, { ...job, failures: seen.failures + 1 });
    else seen.failures += 1;
  }
  return [...byArticle.values()];
}
