import { articlesHandlers } from "../../../../server/http-handlers";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return articlesHandlers.submit(request);
}

export function GET(request: Request): Promise<Response> {
  return articlesHandlers.list(request);
}
