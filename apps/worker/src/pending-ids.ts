/**
 * Every id a listing of pending work holds, read `pageSize` more at a time: the listings order by
 * a clock that ties (a batch's articles share their commit's timestamp) and take no cursor, so
 * each read asks for one page more than the last and keeps the ids not seen yet; the read that
 * comes back short has seen everything. At most `maxIds` per pass (`more` then says some wait for
 * the next pass), so a huge backlog costs one pass a bounded amount of work.
 */
export async function listAllPending(
  list: (limit: number) => Promise<string[]>,
  options: { pageSize: number; maxIds: number },
): Promise<{ ids: string[]; more: boolean }> {
  const seen = new Set<string>();
  for (let limit = options.pageSize; ; limit += options.pageSize) {
    const page = await list(limit);
    for (const id of page) seen.add(id);
    if (page.length < limit) return { ids: [...seen], more: false };
    if (seen.size >= options.maxIds) return { ids: [...seen], more: true };
  }
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
