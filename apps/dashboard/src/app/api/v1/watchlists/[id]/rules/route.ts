import { guard } from "../../../../../../server/auth/route-guard";
import { watchlistHandlers } from "../../../../../../server/watchlist-http";

export const dynamic = "force-dynamic";

export const POST = guard("read", async (request: Request, context: { params: Promise<{ id: string }> }) =>
  watchlistHandlers.addRule(request, (await context.params).id),
);
