import { finishExtractionRunOf, type Db } from "@marsad/db";
import { extractArticle, EXTRACTOR_VERSION } from "@marsad/extract";
import type { AddressPolicy } from "@marsad/fetcher";
import { articleKnowledge, claimArticles, publicationHint, storeArticleKnowledge, type ArticleKnowledge } from "@marsad/knowledge";
import type { Article } from "@marsad/schema/tables";
import { ingestArticlePayloadSchema, type IngestArticlePayload } from "@marsad/schema/queue";
import { UnrecoverableError, type Job } from "bullmq";
import { fetchArticleText } from "./fetch-article-text";

export interface IngestResult {
  articleId: string;
  /** `skipped` when the article was already done (a redelivered job) or no longer exists. */
  outcome: "done" | "skipped";
  /** How many facts of each kind were extracted (for metrics). */
  counts?: Record<"persons" | "organizations" | "locations" | "events", number>;
}

/**
 * Reads a stored article, extracts what it says and links it into the knowledge store. Idempotent:
 * a job delivered twice finds the article done and does nothing; a crash mid-way leaves nothing
 * half-written, and the retry starts over. The job ends only once its article's transaction has
 * committed — alone, or in a batch with other jobs' articles (`store`, see `createStoreBatcher`);
 * jobs that start together claim their articles in one statement (`claim`).
 */
export function createIngestArticleProcessor(
  db: Db,
  options: {
    fetchPolicy: AddressPolicy;
    /** Runs once the article's knowledge is stored (watchlist matching); must not throw. */
    afterStore?: (articleId: string) => Promise<void>;
    /** Stores an article's knowledge and resolves once committed; by default in a transaction of its own. */
    store?: (input: ArticleKnowledge) => Promise<void>;
    /** Claims an article (see `claimArticles`); by default in a statement of its own. */
    claim?: (articleId: string) => Promise<Article | undefined>;
    /** Stamps a reprocessing run finished if this article was its last; by default on its own. */
    finishRun?: (article: { articleId: string; runId: string }) => Promise<void>;
    /** Told the CPU milliseconds each extraction took (the worker's metrics split extraction from the rest). */
    onExtracted?: (cpuMs: number) => void;
  },
) {
  const store = options.store ?? ((input: ArticleKnowledge) => storeArticleKnowledge(db, input));
  const claim = options.claim ?? (async (articleId: string) => (await claimArticles(db, [articleId]))[0]);
  const finishRun = options.finishRun ?? (({ articleId }: { articleId: string }) => finishExtractionRunOf(db, articleId));
  return async function processIngestArticle(job: Job<IngestArticlePayload>): Promise<IngestResult> {
    const payload = ingestArticlePayloadSchema.safeParse(job.data);
    if (!payload.success) {
      // Retrying cannot fix a malformed payload.
      throw new UnrecoverableError(`bad ingest-article payload: ${payload.error.issues[0]?.message ?? "invalid"}`);
    }
    const { articleId } = payload.data;
    const claimed = await claim(articleId);
    if (!claimed) return { articleId, outcome: "skipped" };
    const article = claimed.rawText === null ? await fetchArticleText(db, claimed, options.fetchPolicy) : claimed;

    const cpu0 = options.onExtracted ? process.cpuUsage() : undefined;
    const extraction = extractArticle({
      text: article.rawText ?? "",
      title: article.title,
      // A date given with the article; one an earlier run read from the text is read again.
      publishedHint: publicationHint(article),
    });
    if (cpu0) {
      // Extraction runs synchronously: the process's CPU meanwhile is its own.
      const cpu = process.cpuUsage(cpu0);
      options.onExtracted!((cpu.user + cpu.system) / 1000);
    }
    // One transaction (maybe shared with other articles): its entities, mentions, events and story, and its status `done`.
    await store(articleKnowledge({ ...article, id: articleId }, extraction, EXTRACTOR_VERSION));
    // Run progress is read from article statuses; the article that completes its run stamps it finished.
    if (claimed.extractionRunId) await finishRun({ articleId, runId: claimed.extractionRunId });
    await options.afterStore?.(articleId);
    return {
      articleId,
      outcome: "done",
      counts: {
        persons: extraction.persons.length,
        organizations: extraction.organizations.length,
        locations: extraction.locations.length,
        events: extraction.events.length,
      },
    };
  };
}
