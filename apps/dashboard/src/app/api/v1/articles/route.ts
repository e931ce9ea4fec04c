import { guard } from "../../../../server/auth/route-guard";
import { articlesHandlers } from "../../../../server/http-handlers";

export const dynamic = "force-dynamic";

export const POST = guard("submit", (request: Request) => articlesHandlers.submit(request));

export const GET = guard("read", (request: Request) => articlesHandlers.list(request));
