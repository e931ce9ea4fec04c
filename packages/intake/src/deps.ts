import type { Db } from "@marsad/db";
import type { ArticlesQueue } from "@marsad/queue";

/** What taking a submission in needs from the outside world; each process builds it once. */
export interface IntakeDeps {
  db: Db;
  queue: ArticlesQueue;
  /** Called when a job could not be queued; the reconciler will queue the stored article later. */
  onEnqueueError?: (articleId: string, error: unknown) => void;
}
