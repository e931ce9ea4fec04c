import { guard } from "../../../../../../server/auth/route-guard";
import { knowledgeHandlers } from "../../../../../../server/knowledge-http";

export const dynamic = "force-dynamic";

export const POST = guard("correct", async (request: Request, context: { params: Promise<{ id: string }> }) =>
  knowledgeHandlers.detachReport(request, (await context.params).id),
);
