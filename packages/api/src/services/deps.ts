import type { Db } from "@marsad/db";
import type { ArticlesQueue } from "@marsad/queue";

/** What the services need from the outside world; each process builds it once. */
export interface ServiceDeps {
  db: Db;
  queue: ArticlesQueue;
  /** Called when a job could not be queued; the reconciler will queue the stored article later. */
  onEnqueueError?: (articleId: string, error: unknown) => void;
}
