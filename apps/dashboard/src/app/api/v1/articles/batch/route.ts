import { knowledgeHandlers } from "../../../../../server/knowledge-http";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return knowledgeHandlers.submitBatch(request);
}
