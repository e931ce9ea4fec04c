import { registerFeed, type FeedDeps } from "@marsad/api";
import { listFeeds } from "@marsad/db";
import { feedRegistrationSchema } from "@marsad/schema";
import type { Logger } from "../logger";
import { readJsonBody } from "./body";
import { handlerRunner } from "./handle";
import { jsonResponse } from "./errors";
import { parseOrThrow } from "./validation";

export interface FeedsHandlerDeps extends FeedDeps {
  logger: Logger;
}

/** `/api/v1/feeds`: register an outlet's RSS/Atom feed, and list feeds with their poll status. */
export function createFeedsHandlers(getDeps: () => FeedsHandlerDeps) {
  const handle = handlerRunner(getDeps);
  return {
    /** POST {url, intervalMinutes?} → 201 with the feed (200 when the URL was already registered; its interval is updated). */
    register: (request: Request) =>
      handle(async (deps) => {
        const input = parseOrThrow(feedRegistrationSchema, await readJsonBody(request, 64 * 1024));
        const { feed, created } = await registerFeed(deps, input);
        return jsonResponse(created ? 201 : 200, feed);
      }),
    /** GET → {items}: url, title, interval, last polled, new items at the last poll, total, last error. */
    list: () => handle(async (deps) => jsonResponse(200, { items: await listFeeds(deps.db) })),
  };
}
