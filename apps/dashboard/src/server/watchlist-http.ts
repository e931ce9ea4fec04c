import { getServerDeps } from "./deps";
import { createWatchlistHandlers } from "./http/watchlist-handlers";

/** The watchlist and alert HTTP handlers wired to the process-wide dependencies. */
export const watchlistHandlers = createWatchlistHandlers(() => {
  const deps = getServerDeps();
  return { ...deps, originOf: (request: Request) => deps.sourceOf(request).ownOrigin };
});
