import { getServerDeps } from "./deps";
import { createFeedsHandlers } from "./http/feeds-handlers";
import { createKnowledgeHandlers } from "./http/knowledge-handlers";

/** The knowledge-store HTTP handlers wired to the process-wide dependencies. */
export const knowledgeHandlers = createKnowledgeHandlers(getServerDeps);
export const feedsHandlers = createFeedsHandlers(getServerDeps);
