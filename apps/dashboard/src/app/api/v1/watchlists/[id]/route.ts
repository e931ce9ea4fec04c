import { guard } from "../../../../../server/auth/route-guard";
import { watchlistHandlers } from "../../../../../server/watchlist-http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = guard("read", async (request: Request, context: Context) => watchlistHandlers.get(request, (await context.params).id));

export const PATCH = guard("read", async (request: Request, context: Context) => watchlistHandlers.update(request, (await context.params).id));

export const DELETE = guard("read", async (request: Request, context: Context) => watchlistHandlers.remove(request, (await context.params).id));
