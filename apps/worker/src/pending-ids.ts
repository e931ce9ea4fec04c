/**
 * The ids a listing of pending work holds, at most `maxIds` of them in one read (`more` then says
 * some wait for the next pass), so a huge backlog costs one pass a bounded amount of work and a
 * small one is read whole.
 */
export async function listPendingUpTo(
  list: (limit: number) => Promise<string[]>,
  maxIds: number,
): Promise<{ ids: string[]; more: boolean }> {
  const ids = await list(maxIds + 1);
  return ids.length > maxIds ? { ids: ids.slice(0, maxIds), more: true } : { ids, more: false };
}

/**
 * Removes the finished jobs of these ids so they can be queued again: a job id BullMQ still holds
 * (failed for good, kept by `removeOnFail`; or completed) makes adding it again do nothing.
 */
export async function clearFinishedJobs(queue: { getJob: (id: string) => Promise<FinishedJob | undefined> }, jobIds: string[]): Promise<void> {
  await Promise.all(
    jobIds.map(async (id) => {
      const job = await queue.getJob(id);
      if (job && ((await job.isFailed()) || (await job.isCompleted()))) await job.remove();
    }),
  );
}

interface FinishedJob {
  isFailed: () => Promise<boolean>;
  isCompleted: () => Promise<boolean>;
  remove: () => Promise<void>;
}
