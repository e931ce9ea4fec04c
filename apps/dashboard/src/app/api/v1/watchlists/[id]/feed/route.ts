import { guard } from "../../../../../../server/auth/route-guard";
import { watchlistHandlers } from "../../../../../../server/watchlist-http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = guard("read", async (request: Request, context: Context) => watchlistHandlers.newFeed(request, (await context.params).id));

export const DELETE = guard("read", async (request: Request, context: Context) => watchlistHandlers.revokeFeed(request, (await context.params).id));
