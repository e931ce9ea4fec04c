import { knowledgeHandlers } from "../../../../../server/knowledge-http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return knowledgeHandlers.entity(request, (await context.params).id);
}
