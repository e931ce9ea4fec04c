import { guard } from "../../../../../../server/auth/route-guard";
import { feedsHandlers } from "../../../../../../server/knowledge-http";

export const dynamic = "force-dynamic";

export const POST = guard(
  "manageFeeds",
  async (_request: Request, context: { params: Promise<{ id: string }> }) =>
    feedsHandlers.resume((await context.params).id),
);
