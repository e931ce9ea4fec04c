/**
 * Most procedure calls one tRPC request may batch. The browser's client never sends more (its
 * `httpBatchLink` splits at this size); a larger batch is refused before any procedure runs, so
 * one request cannot queue thousands of database queries.
 */
export const MAX_TRPC_BATCH = 25;

/** How many procedure calls a tRPC request makes: `/api/trpc/a,b,c?batch=1` makes three. */
export function trpcCallCount(request: Request, endpoint = "/api/trpc"): number {
  const url = new URL(request.url);
  if (!url.searchParams.has("batch")) return 1;
  const paths = url.pathname.slice(endpoint.length).replace(/^\//, "");
  let decoded: string;
  try {
    decoded = decodeURIComponent(paths);
  } catch {
    decoded = paths;
  }
  return decoded.split(",").length;
}
