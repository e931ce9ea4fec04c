import { watchlistHandlers } from "../../../../../../server/watchlist-http";

export const dynamic = "force-dynamic";

// No sign-in: a feed reader has only the URL, and its secret is the credential (revocable).
export const GET = async (request: Request, context: { params: Promise<{ secret: string }> }) =>
  watchlistHandlers.feed(request, (await context.params).secret);
