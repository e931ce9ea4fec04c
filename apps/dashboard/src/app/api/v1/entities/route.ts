import { knowledgeHandlers } from "../../../../server/knowledge-http";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return knowledgeHandlers.entities(request);
}
