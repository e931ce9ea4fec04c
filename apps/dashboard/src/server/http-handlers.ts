import { createArticlesHandlers } from "./http/articles-handlers";
import { createAuthHandlers } from "./http/auth-handlers";
import { createHealthHandler } from "./http/health-handler";
import { getServerDeps } from "./deps";

/** The HTTP handlers wired to the process-wide dependencies; route files only re-export these. */
export const articlesHandlers = createArticlesHandlers(getServerDeps);
export const healthHandler = createHealthHandler(getServerDeps);
export const authHandlers = createAuthHandlers(getServerDeps);
