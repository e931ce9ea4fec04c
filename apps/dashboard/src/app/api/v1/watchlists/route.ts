import { guard } from "../../../../server/auth/route-guard";
import { watchlistHandlers } from "../../../../server/watchlist-http";

export const dynamic = "force-dynamic";

export const GET = guard("read", (request: Request) => watchlistHandlers.list(request));

export const POST = guard("read", (request: Request) => watchlistHandlers.create(request));
