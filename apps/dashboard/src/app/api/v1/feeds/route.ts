import { feedsHandlers } from "../../../../server/knowledge-http";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return feedsHandlers.register(request);
}

export function GET(): Promise<Response> {
  return feedsHandlers.list();
}
