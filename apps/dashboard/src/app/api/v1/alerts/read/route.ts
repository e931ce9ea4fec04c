import { guard } from "../../../../../server/auth/route-guard";
import { watchlistHandlers } from "../../../../../server/watchlist-http";

export const dynamic = "force-dynamic";

export const POST = guard("read", (request: Request) => watchlistHandlers.markRead(request));
