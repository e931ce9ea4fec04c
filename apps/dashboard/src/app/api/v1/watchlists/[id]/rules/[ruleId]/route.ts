import { guard } from "../../../../../../../server/auth/route-guard";
import { watchlistHandlers } from "../../../../../../../server/watchlist-http";

export const dynamic = "force-dynamic";

export const DELETE = guard("read", async (request: Request, context: { params: Promise<{ id: string; ruleId: string }> }) => {
  const { id, ruleId } = await context.params;
  return watchlistHandlers.removeRule(request, id, ruleId);
});
