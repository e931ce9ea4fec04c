import { enqueueIngestMany } from "@marsad/queue";
import { articleSubmissionSchema, type BatchItemResult, type ValidArticleSubmission } from "@marsad/schema";
import type { IntakeDeps } from "./deps";
import { storeSubmissions } from "./submit-article";

/**
 * Submits many articles at once. Every item is validated before anything is stored, so one bad
 * item is rejected with its reason (and its field) while the others are stored. The valid items
 * are stored in one statement (all or none) and the created ones queued with one `addBulk`: per
 * batch, not per article, one round trip to Postgres and one to Redis. If Redis refuses, the
 * articles stay stored as `queued` and the worker's reconciler queues them.
 */
export async function submitBatch(deps: IntakeDeps, items: unknown[]): Promise<BatchItemResult[]> {
  const results: Array<BatchItemResult | undefined> = [];
  const valid: Array<{ index: number; data: ValidArticleSubmission }> = [];
  for (const [index, item] of items.entries()) {
    const parsed = articleSubmissionSchema.safeParse(item);
    if (parsed.success) {
      valid.push({ index, data: parsed.data });
      continue;
    }
    const issue = parsed.error.issues[0];
    results[index] = {
      index,
      result: "rejected",
      reason: issue ? `${issue.path.join(".") || "item"}: ${issue.message}` : "invalid article",
      field: issue?.path.join(".") || null,
    };
  }
  const stored = await storeSubmissions(
    deps,
    valid.map((v) => v.data),
  );
  const created: string[] = [];
  for (const [i, { index }] of valid.entries()) {
    const article = stored[i]!;
    if (article.created) created.push(article.id);
    results[index] = {
      index,
      result: article.created ? "created" : "duplicate",
      id: article.id,
      status: article.status,
    };
  }
  try {
    await enqueueIngestMany(deps.queue, created);
  } catch (error) {
    for (const id of created) deps.onEnqueueError?.(id, error);
  }
  return results.map((r) => r!);
}
