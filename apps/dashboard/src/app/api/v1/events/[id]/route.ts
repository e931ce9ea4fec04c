import { guard } from "../../../../../server/auth/route-guard";
import { knowledgeHandlers } from "../../../../../server/knowledge-http";

export const dynamic = "force-dynamic";

export const GET = guard("read", async (request: Request, context: { params: Promise<{ id: string }> }) =>
  knowledgeHandlers.event(request, (await context.params).id),
);
