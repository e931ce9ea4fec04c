import { appRouter } from "@marsad/api";
import { MAX_SUBMISSION_BYTES } from "@marsad/schema";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { CROSS_SITE_REFUSAL, isCrossSiteWrite } from "../../../../server/auth/same-origin";
import { getServerDeps } from "../../../../server/deps";
import { readBodyLimited } from "../../../../server/http/body";
import { errorResponse, toErrorResponse } from "../../../../server/http/errors";
import { MAX_TRPC_BATCH, trpcCallCount } from "../../../../lib/trpc-batch";

export const dynamic = "force-dynamic";

// Room for the JSON envelope of a batch around one maximal submission.
const MAX_TRPC_BODY_BYTES = MAX_SUBMISSION_BYTES + 64 * 1024;

async function handler(request: Request): Promise<Response> {
  // Mutations are POSTs; one another site makes the browser send is refused before anything runs.
  const source = getServerDeps().sourceOf(request);
  if (isCrossSiteWrite(request, source.ownOrigin)) return errorResponse(403, CROSS_SITE_REFUSAL);
  const calls = trpcCallCount(request);
  if (calls > MAX_TRPC_BATCH)
    return errorResponse(400, `a batch may hold at most ${MAX_TRPC_BATCH} calls; this one holds ${calls}`);
  let req = request;
  if (request.method === "POST") {
    // The fetch adapter has no body limit of its own: read the body here, refusing oversized ones.
    try {
      const body = await readBodyLimited(request, MAX_TRPC_BODY_BYTES);
      req = new Request(request.url, { method: "POST", headers: request.headers, body });
    } catch (error) {
      return toErrorResponse(error);
    }
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => {
      const deps = getServerDeps();
      return {
        db: deps.db,
        queue: deps.queue,
        feedsQueue: deps.feedsQueue,
        onEnqueueError: deps.onEnqueueError,
        access: await deps.accessOf(request),
        limitSubmissions: deps.limitSubmissions(source.client),
        limitPasswordAttempts: deps.limitPasswordAttempts,
      };
    },
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        getServerDeps().logger.error({ err: error.cause ?? error, path }, "tRPC procedure failed");
      }
    },
  });
}

export { handler as GET, handler as POST };
