import { guard } from "../../../../../server/auth/route-guard";
import { knowledgeHandlers } from "../../../../../server/knowledge-http";

export const dynamic = "force-dynamic";

export const POST = guard("submit", (request: Request) => knowledgeHandlers.submitBatch(request));
