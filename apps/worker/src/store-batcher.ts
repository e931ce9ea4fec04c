import type { Db } from "@marsad/db";
import { storeArticleKnowledge, storeArticlesKnowledge, type ArticleKnowledge } from "@marsad/knowledge";

export interface StoreBatcherOptions {
  /** Most articles stored in one transaction. */
  maxSize: number;
  /** How long the first article of a batch waits for others before the batch is stored anyway. */
  waitMs: number;
  /** Batches being stored at once (each holds a database connection). */
  maxInFlight: number;
  /** Told when a batch failed and its articles are stored one by one. */
  onBatchFailed?: (error: unknown, size: number) => void;
}

interface Waiting {
  input: ArticleKnowledge;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface StoreBatcher {
  /** Stores an article's knowledge with whatever others are ready; resolves once it is committed. */
  store: (input: ArticleKnowledge) => Promise<void>;
  /** Stores what is waiting and resolves once every batch has finished. */
  drain: () => Promise<void>;
}

/**
 * Gathers the articles that jobs have read into batches stored in one transaction each
 * (`storeArticlesKnowledge`): a batch goes when it is full, when its first article has waited
 * `waitMs`, or as soon as a batch in flight finishes and others are waiting (they have waited
 * already) — so a lone article waits a few milliseconds at most, and under load the batches grow
 * by themselves while the database works on the previous one.
 *
 * Every job still awaits its own article: its job completes only once the transaction holding its
 * article committed, so a worker that dies mid-batch leaves those jobs unfinished and BullMQ hands
 * them out again (nothing of the batch was written). A batch that fails is stored again article by
 * article, each in its own transaction, so one bad article fails its job alone.
 */
export function createStoreBatcher(db: Db, options: StoreBatcherOptions): StoreBatcher {
  const waiting: Waiting[] = [];
  const running = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | null = null;

  const storeAlone = (w: Waiting) => storeArticleKnowledge(db, w.input).then(w.resolve, w.reject);

  async function storeBatch(batch: Waiting[]): Promise<void> {
    try {
      await storeArticlesKnowledge(db, batch.map((w) => w.input));
      for (const w of batch) w.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      options.onBatchFailed?.(error, batch.length);
      await Promise.all(batch.map(storeAlone));
    }
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    while (waiting.length > 0 && running.size < options.maxInFlight) {
      const run = storeBatch(waiting.splice(0, options.maxSize)).finally(() => {
        running.delete(run);
        // Whoever arrived meanwhile has waited for this batch: go now.
        if (waiting.length > 0) flush();
      });
      running.add(run);
    }
  }

  return {
    store: (input) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ input, resolve, reject });
        if (waiting.length >= options.maxSize) flush();
        else timer ??= setTimeout(flush, options.waitMs);
      }),
    drain: async () => {
      flush();
      while (running.size > 0 || waiting.length > 0) {
        await Promise.all(running);
        flush();
      }
    },
  };
}
