export { contentHash } from "./content-hash";
export type { IntakeDeps } from "./deps";
export { storeSubmission, storeSubmissions, submitArticle, type DateOrigin, type SubmitResult } from "./submit-article";
export { submitBatch } from "./submit-batch";
export { submitHtmlPage, UnreadableUploadError } from "./submit-html";
export { retryArticle, RetryRefusedError } from "./retry-article";
export { startReprocess, type ReprocessStarted } from "./reprocess";
export { pauseFeed, registerFeed, resumeFeed, type FeedDeps } from "./feeds";
