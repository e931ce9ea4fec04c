import { guard } from "../../../../server/auth/route-guard";
import { knowledgeHandlers } from "../../../../server/knowledge-http";

export const dynamic = "force-dynamic";

export const GET = guard("read", (request: Request) => knowledgeHandlers.events(request));
