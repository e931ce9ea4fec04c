import { createExtractionRun, queueArticlesForRun } from "@marsad/db";
import { backfillFamilySkeletons, EXTRACTOR_VERSION } from "@marsad/knowledge";
import { enqueueReprocessMany } from "@marsad/queue";
import type { ReprocessScope } from "@marsad/schema";
import type { IntakeDeps } from "./deps";

export interface ReprocessStarted {
  runId: string;
  articleCount: number;
  /** Articles marked but not queued because Redis refused; the worker's reconciler queues them later. */
  notQueued: number;
}

/**
 * Starts a reprocess run: records it, marks the chosen stored articles queued under it (1000 at a
 * time) and queues their jobs. Progress is then read from the articles' statuses
 * (`getExtractionRun`). People stored before family skeletons existed get theirs first, so the
 * reprocessed articles can link them across scripts.
 */
export async function startReprocess(
  deps: IntakeDeps,
  input: { scope: ReprocessScope; extractorVersion?: string | undefined },
): Promise<ReprocessStarted> {
  await backfillFamilySkeletons(deps.db);
  const run = await createExtractionRun(deps.db, {
    kind: "reprocess",
    scope: input.scope,
    extractorVersion: input.extractorVersion ?? EXTRACTOR_VERSION,
  });
  let notQueued = 0;
  const articleCount = await queueArticlesForRun(deps.db, run, async (ids) => {
    try {
      await enqueueReprocessMany(deps.queue, run.id, ids);
    } catch (error) {
      // The articles are marked queued in Postgres, which is what counts; the reconciler re-queues them.
      notQueued += ids.length;
      for (const id of ids) deps.onEnqueueError?.(id, error);
    }
  });
  return { runId: run.id, articleCount, notQueued };
}
