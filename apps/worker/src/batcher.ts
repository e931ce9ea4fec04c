export interface BatcherOptions {
  /** Most items handled in one batch. */
  maxSize: number;
  /** How long the first item of a batch waits for others before the batch goes anyway. */
  waitMs: number;
  /** Batches being handled at once (each holds a database connection). */
  maxInFlight: number;
  /**
   * For work whose cost per batch outweighs a wait nobody feels (matching, whose every batch
   * updates the count of each watchlist it reaches): while `while()` says more items are on their
   * way, an item waits `patience.waitMs` instead of the batcher's `waitMs`, and items that arrived
   * while a batch ran wait out their time too instead of going as soon as it finishes — fewer,
   * larger batches. Once it says none are coming, they go as usual (call `nudge` when that changes).
   */
  patience?: { waitMs: number; while: () => boolean };
  /** Told when a batch failed and its items are handled one by one. */
  onBatchFailed?: (error: unknown, size: number) => void;
}

interface Waiting<I, O> {
  item: I;
  resolve: (out: O) => void;
  reject: (error: unknown) => void;
}

export interface Batcher<I, O> {
  /** Handles an item with whatever others are ready; resolves with its own result. */
  run: (item: I) => Promise<O>;
  /** Handles what is waiting and resolves once every batch has finished. */
  drain: () => Promise<void>;
  /** Says that `patience.while()` may have turned false: what waits goes after the usual `waitMs`. */
  nudge: () => void;
}

/**
 * Gathers items that jobs bring one at a time into batches handled by one set-based call each: a
 * batch goes when it is full, when its first item has waited `waitMs`, or as soon as a batch in
 * flight finishes and others are waiting (they have waited already) — so a lone item waits a few
 * milliseconds at most, and under load the batches grow by themselves while the database works on
 * the previous one (`patience` waits longer while more items are coming). A batch that fails is
 * handled again item by item (`alone`), so one bad item fails its caller alone.
 */
export function createBatcher<I, O>(
  batch: (items: I[]) => Promise<O[]>,
  alone: (item: I) => Promise<O>,
  options: BatcherOptions,
): Batcher<I, O> {
  const waiting: Array<Waiting<I, O>> = [];
  const running = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  // Items a flush left waiting because every batch slot was busy: they have waited their time.
  let due = false;
  const patient = () => options.patience?.while() ?? false;
  const wait = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, ms);
  };

  async function runBatch(ws: Array<Waiting<I, O>>): Promise<void> {
    try {
      const outs = await batch(ws.map((w) => w.item));
      for (const [i, w] of ws.entries()) w.resolve(outs[i]!);
    } catch (error) {
      if (ws.length === 1) return ws[0]!.reject(error);
      options.onBatchFailed?.(error, ws.length);
      await Promise.all(ws.map((w) => alone(w.item).then(w.resolve, w.reject)));
    }
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    while (waiting.length > 0 && running.size < options.maxInFlight) {
      const run = runBatch(waiting.splice(0, options.maxSize)).finally(() => {
        running.delete(run);
        // Whoever arrived meanwhile has waited for this batch: go now — unless batches are patient
        // and the timer set when the first of them arrived has not run out yet.
        if (waiting.length > 0 && (due || !patient())) flush();
      });
      running.add(run);
    }
    due = waiting.length > 0;
  }

  return {
    run: (item) =>
      new Promise<O>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        if (waiting.length >= options.maxSize) flush();
        else if (!due && !timer) wait(patient() ? options.patience!.waitMs : options.waitMs);
      }),
    nudge: () => {
      if (waiting.length > 0 && !due && !patient()) wait(options.waitMs);
    },
    drain: async () => {
      flush();
      while (running.size > 0 || waiting.length > 0) {
        await Promise.all(running);
        flush();
      }
    },
  };
}
