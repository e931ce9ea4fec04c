import type { Db } from "@marsad/db";
import { storeArticleKnowledge, storeArticlesKnowledge, type ArticleKnowledge } from "@marsad/knowledge";
import { createBatcher, type BatcherOptions } from "./batcher";

export type StoreBatcherOptions = BatcherOptions;

export interface StoreBatcher {
  /** Stores an article's knowledge with whatever others are ready; resolves once it is committed. */
  store: (input: ArticleKnowledge) => Promise<void>;
  /** Stores what is waiting and resolves once every batch has finished. */
  drain: () => Promise<void>;
}

/**
 * Gathers the articles that jobs have read into batches stored in one transaction each
 * (`storeArticlesKnowledge`, see `createBatcher` for when a batch goes).
 *
 * Every job still awaits its own article: its job completes only once the transaction holding its
 * article committed, so a worker that dies mid-batch leaves those jobs unfinished and BullMQ hands
 * them out again (nothing of the batch was written). A batch that fails is stored again article by
 * article, each in its own transaction, so one bad article fails its job alone.
 */
export function createStoreBatcher(db: Db, options: StoreBatcherOptions): StoreBatcher {
  const batcher = createBatcher<ArticleKnowledge, void>(
    async (inputs) => {
      await storeArticlesKnowledge(db, inputs);
      return inputs.map(() => undefined);
    },
    (input) => storeArticleKnowledge(db, input),
    options,
  );
  return { store: batcher.run, drain: batcher.drain };
}
