import { articlesHandlers } from "../../../../../server/http-handlers";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return articlesHandlers.byId(request, id);
}
