import { enqueueIngestMany } from "@marsad/queue";
import { articleSubmissionSchema, type BatchItemResult } from "@marsad/schema";
import type { IntakeDeps } from "./deps";
import { storeSubmission } from "./submit-article";

/**
 * Submits many articles at once. Every item is validated before anything is stored, so one bad
 * item is rejected with its reason (and its field) while the others are stored. Created articles
 * are queued in one round trip — also when storing a later item fails, so nothing is left stored
 * but unqueued while the client is told the batch failed.
 */
export async function submitBatch(deps: IntakeDeps, items: unknown[]): Promise<BatchItemResult[]> {
  const parsed = items.map((item) => articleSubmissionSchema.safeParse(item));
  const results: BatchItemResult[] = [];
  const created: string[] = [];
  try {
    for (const [index, item] of parsed.entries()) {
      if (!item.success) {
        const issue = item.error.issues[0];
        results.push({
          index,
          result: "rejected",
          reason: issue ? `${issue.path.join(".") || "item"}: ${issue.message}` : "invalid article",
          field: issue?.path.join(".") || null,
        });
        continue;
      }
      const stored = await storeSubmission(deps, item.data);
      if (stored.created) created.push(stored.id);
      results.push({ index, result: stored.created ? "created" : "duplicate", id: stored.id, status: stored.status });
    }
  } finally {
    try {
      await enqueueIngestMany(deps.queue, created);
    } catch (error) {
      for (const id of created) deps.onEnqueueError?.(id, error);
    }
  }
  return results;
}
