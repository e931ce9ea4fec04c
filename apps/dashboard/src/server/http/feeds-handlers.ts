import { pauseFeed, registerFeed, resumeFeed, type FeedDeps } from "@marsad/api";
import { listFeeds } from "@marsad/db";
import { feedIdSchema, feedRegistrationSchema } from "@marsad/schema";
import type { Feed } from "@marsad/schema/tables";
import type { Logger } from "../logger";
import { readJsonBody } from "./body";
import { handlerRunner } from "./handle";
import { HttpError, jsonResponse } from "./errors";
import { parseOrThrow } from "./validation";

export interface FeedsHandlerDeps extends FeedDeps {
  logger: Logger;
}

/** `/api/v1/feeds`: register an outlet's RSS/Atom feed, list feeds with their poll status, pause and resume one. */
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
    /** POST `/feeds/{id}/pause` → 200 with the feed (`pausedAt` set): no polls until it is resumed. 404 for an unknown id. */
    pause: (rawId: string) => handle((deps) => answerWithFeed(rawId, (id) => pauseFeed(deps, id))),
    /** POST `/feeds/{id}/resume` → 200 with the feed (`pausedAt` null), polled now and then on its interval. */
    resume: (rawId: string) => handle((deps) => answerWithFeed(rawId, (id) => resumeFeed(deps, id))),
  };
}

/** The feed an action on `/feeds/{id}/…` left, or 404 when no feed has the id. */
async function answerWithFeed(
  rawId: string,
  act: (id: string) => Promise<Feed | undefined>,
): Promise<Response> {
  const { id } = parseOrThrow(feedIdSchema, { id: rawId });
  const feed = await act(id);
  if (!feed) throw new HttpError(404, `no feed with id ${id}`);
  return jsonResponse(200, feed);
}
