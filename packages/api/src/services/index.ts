// Taking submissions in lives in @marsad/intake (the worker and the CLI use it without the API);
// the routers, the dashboard's REST handlers and the CLI's callers of the API see it from here too.
export {
  contentHash,
  pauseFeed,
  registerFeed,
  resumeFeed,
  retryArticle,
  RetryRefusedError,
  startReprocess,
  storeSubmission,
  submitArticle,
  submitBatch,
  submitHtmlPage,
  UnreadableUploadError,
  type FeedDeps,
  type IntakeDeps as ServiceDeps,
  type ReprocessStarted,
  type SubmitResult,
} from "@marsad/intake";
export { RateLimitedError, type AttemptLimit, type SubmissionLimit } from "./rate-limit";
export * from "./auth";
export {
  addWatchRule,
  createWatchlist,
  listVisibleWatchlists,
  visibleWatchlistPage,
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
