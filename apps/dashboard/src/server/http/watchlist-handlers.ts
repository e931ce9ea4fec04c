import {
  addWatchRule,
  createWatchlist,
  listVisibleWatchlists,
  newFeedSecret,
  removeWatchlist,
  removeWatchRule,
  revokeFeed,
  updateWatchlist,
  watchlistAtomFeed,
  watchlistDetail,
  WatchlistError,
  watchViewer,
  type Access,
} from "@marsad/api";
import { countUnreadAlerts, listAlerts, markAlertsRead, type Db } from "@marsad/db";
import { alertListQuerySchema, alertReadSchema, watchlistCreateSchema, watchlistUpdateSchema, watchRuleInputSchema } from "@marsad/schema";
import { z } from "zod";
import { bilingualAlertText } from "../../app/alerts/alert-text";
import type { Logger } from "../logger";
import { readJsonBody } from "./body";
import { errorResponse, HttpError, jsonResponse } from "./errors";
import { handlerRunner } from "./handle";
import { parseOrThrow } from "./validation";

export interface WatchlistHandlerDeps {
  db: Db;
  logger: Logger;
  accessOf: (request: Request) => Promise<Access>;
  /** This site's origin, for the Atom feed's links. */
  originOf: (request: Request) => string;
}

const STATUS = { notFound: 404, forbidden: 403, invalid: 400 } as const;
const asResponse = (error: unknown) =>
  error instanceof WatchlistError ? errorResponse(STATUS[error.reason], error.message, error.field ? { field: error.field } : {}) : undefined;

const BODY_LIMIT = 64 * 1024;
const uuid = (value: string, field: string) => {
  if (!z.uuid().safeParse(value).success) throw new HttpError(400, `${field}: not a UUID`, { field });
  return value;
};

/**
 * `/api/v1/watchlists` and `/api/v1/alerts`. The route guard has checked the role; the handlers
 * ask who is calling because watchlists, read marks and mutes are each caller's own.
 */
export function createWatchlistHandlers(getDeps: () => WatchlistHandlerDeps) {
  const handle = handlerRunner(getDeps, asResponse);
  return {
    list: (request: Request) =>
      handle(async (deps) => jsonResponse(200, { items: await listVisibleWatchlists(deps.db, await deps.accessOf(request)) })),
    create: (request: Request) =>
      handle(async (deps) => {
        const input = parseOrThrow(watchlistCreateSchema, await readJsonBody(request, BODY_LIMIT));
        return jsonResponse(201, await createWatchlist(deps.db, await deps.accessOf(request), input));
      }),
    get: (request: Request, id: string) =>
      handle(async (deps) => jsonResponse(200, await watchlistDetail(deps.db, await deps.accessOf(request), uuid(id, "id")))),
    update: (request: Request, id: string) =>
      handle(async (deps) => {
        const input = parseOrThrow(watchlistUpdateSchema, await readJsonBody(request, BODY_LIMIT));
        return jsonResponse(200, await updateWatchlist(deps.db, await deps.accessOf(request), uuid(id, "id"), input));
      }),
    remove: (request: Request, id: string) =>
      handle(async (deps) => {
        await removeWatchlist(deps.db, await deps.accessOf(request), uuid(id, "id"));
        return new Response(null, { status: 204 });
      }),
    addRule: (request: Request, id: string) =>
      handle(async (deps) => {
        const rule = parseOrThrow(watchRuleInputSchema, await readJsonBody(request, BODY_LIMIT));
        return jsonResponse(201, await addWatchRule(deps.db, await deps.accessOf(request), uuid(id, "id"), rule));
      }),
    removeRule: (request: Request, id: string, ruleId: string) =>
      handle(async (deps) =>
        jsonResponse(200, await removeWatchRule(deps.db, await deps.accessOf(request), uuid(id, "id"), uuid(ruleId, "ruleId"))),
      ),
    /** POST → {url}: a new secret Atom feed URL; the earlier one stops answering. */
    newFeed: (request: Request, id: string) =>
      handle(async (deps) => {
        const secret = await newFeedSecret(deps.db, await deps.accessOf(request), uuid(id, "id"));
        return jsonResponse(201, { url: `${deps.originOf(request)}/api/v1/watchlists/feed/${secret}` });
      }),
    revokeFeed: (request: Request, id: string) =>
      handle(async (deps) => {
        await revokeFeed(deps.db, await deps.accessOf(request), uuid(id, "id"));
        return new Response(null, { status: 204 });
      }),
    /** GET the Atom feed: the secret in the path is the only credential (feed readers send no other). */
    feed: (request: Request, secret: string) =>
      handle(async (deps) => {
        const xml = /^[A-Za-z0-9_-]{20,100}$/.test(secret) ? await watchlistAtomFeed(deps.db, secret, deps.originOf(request), bilingualAlertText) : undefined;
        if (xml === undefined) return errorResponse(404, "no such feed (it may have been revoked)");
        return new Response(xml, {
          status: 200,
          headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" },
        });
      }),
    alerts: (request: Request) =>
      handle(async (deps) => {
        const query = parseOrThrow(alertListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
        const viewer = watchViewer(await deps.accessOf(request));
        const [items, unread] = await Promise.all([listAlerts(deps.db, viewer, query), countUnreadAlerts(deps.db, viewer)]);
        return jsonResponse(200, { items, unread });
      }),
    markRead: (request: Request) =>
      handle(async (deps) => {
        const target = parseOrThrow(alertReadSchema, await readJsonBody(request, BODY_LIMIT));
        const viewer = watchViewer(await deps.accessOf(request));
        return jsonResponse(200, { marked: await markAlertsRead(deps.db, viewer, target) });
      }),
  };
}
