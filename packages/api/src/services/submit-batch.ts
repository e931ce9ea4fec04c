import { enqueueIngestMany } from "@marsad/queue";
import { articleSubmissionSchema, type BatchItemResult } from "@marsad/schema";
import type { ServiceDeps } from "./deps";
import { storeSubmission } from "./submit-article";

/**
 * Submits many articles at once: each item is validated on its own, so one bad item is rejected
 * with its reason while the others are stored. All created articles are queued in one round trip.
 */
export async function submitBatch(deps: ServiceDeps, items: unknown[]): Promise<BatchItemResult[]> {
  const results: BatchItemResult[] = [];
  const created: string[] = [];
  for (const [index, item] of items.entries()) {
    const parsed = articleSubmissionSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      results.push({
        index,
        result: "rejected",
        reason: issue ? `${issue.path.join(".") || "item"}: ${issue.message}` : "invalid article",
        field: issue?.path.join(".") || null,
      });
      continue;
    }
    const stored = await storeSubmission(deps, parsed.data);
    if (stored.created) created.push(stored.id);
    results.push({ index, result: stored.created ? "created" : "duplicate", id: stored.id, status: stored.status });
  }
  try {
    await enqueueIngestMany(deps.queue, created);
  } catch (error) {
    for (const id of created) deps.onEnqueueError?.(id, error);
  }
  return results;
}
