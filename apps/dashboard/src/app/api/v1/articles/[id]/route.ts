import { guard } from "../../../../../server/auth/route-guard";
import { articlesHandlers } from "../../../../../server/http-handlers";

export const dynamic = "force-dynamic";

export const GET = guard("read", async (request: Request, context: { params: Promise<{ id: string }> }) =>
  articlesHandlers.byId(request, (await context.params).id),
);
