export { contentHash } from "./content-hash";
export type { ServiceDeps } from "./deps";
export { storeSubmission, submitArticle, type SubmitResult } from "./submit-article";
export { retryArticle, RetryRefusedError } from "./retry-article";
export { submitBatch } from "./submit-batch";
export { registerFeed, type FeedDeps } from "./feeds";
export { submitHtmlPage, UnreadableUploadError } from "./submit-html";
export { startReprocess, type ReprocessStarted } from "./reprocess";
export { RateLimitedError, type AttemptLimit, type SubmissionLimit } from "./rate-limit";
export * from "./auth";
export {
  addWatchRule,
  createWatchlist,
  listVisibleWatchlists,
  newFeedSecret,
  removeWatchlist,
  removeWatchRule,
  revokeFeed,
  updateWatchlist,
  watchlistDetail,
  watchViewer,
  WatchlistError,
} from "./watchlists";
export { watchlistAtomFeed } from "./watchlist-feed";
