import { requeueFailedArticle } from "@marsad/db";
import { enqueueIngest } from "@marsad/queue";
import { contentHash } from "./content-hash";
import type { IntakeDeps } from "./deps";

export class RetryRefusedError extends Error {
  constructor(
    readonly reason: "notFound" | "notFailed" | "duplicate",
    message: string,
  ) {
    super(message);
    this.name = "RetryRefusedError";
  }
}

/**
 * Tries a failed article again: a link is fetched again, or read from the text the reader pasted
 * instead. The article's failed job (its id is the article's) is moved back to waiting; when the
 * queue no longer has it, a new job is queued.
 */
export async function retryArticle(deps: IntakeDeps, id: string, text?: string): Promise<{ id: string; status: "queued" }> {
  const outcome = await requeueFailedArticle(deps.db, id, text === undefined ? undefined : { rawText: text, contentHash: contentHash(text) });
  if (outcome.kind === "notFound") throw new RetryRefusedError("notFound", `no article with id ${id}`);
  if (outcome.kind === "notFailed") throw new RetryRefusedError("notFailed", `article ${id} is ${outcome.status}, not failed`);
  if (outcome.kind === "duplicate") throw new RetryRefusedError("duplicate", `text: this text is already stored as article ${outcome.of}`);
  try {
    const job = await deps.queue.getJob(id);
    if (job && (await job.getState()) === "failed") await job.retry("failed");
    else {
      if (job) await job.remove();
      await enqueueIngest(deps.queue, id);
    }
  } catch (error) {
    // Stored as queued: the worker's reconciler queues it once Redis answers.
    deps.onEnqueueError?.(id, error);
  }
  return { id, status: "queued" };
}
