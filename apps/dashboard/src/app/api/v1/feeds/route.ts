import { guard } from "../../../../server/auth/route-guard";
import { feedsHandlers } from "../../../../server/knowledge-http";

export const dynamic = "force-dynamic";

export const POST = guard("manageFeeds", (request: Request) => feedsHandlers.register(request));

export const GET = guard("read", () => feedsHandlers.list());
