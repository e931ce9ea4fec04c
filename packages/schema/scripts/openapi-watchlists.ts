import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiResponseObject } from "zod-openapi";
import { z } from "zod";
import {
  alertListQuerySchema,
  alertListResponseSchema,
  alertReadSchema,
  feedSecretResponseSchema,
  watchlistCreateSchema,
  watchlistDetailSchema,
  watchlistListResponseSchema,
  watchlistUpdateSchema,
  watchRuleInputSchema,
} from "../src/zod";

type Json = (schema: z.ZodType, description: string) => ZodOpenApiResponseObject;
type Op = (operation: ZodOpenApiOperationObject) => ZodOpenApiOperationObject;

export const WATCHLIST_OPERATION_IDS: Record<string, string> = {
  "GET /api/v1/watchlists": "listWatchlists",
  "POST /api/v1/watchlists": "createWatchlist",
  "GET /api/v1/watchlists/{id}": "getWatchlist",
  "PATCH /api/v1/watchlists/{id}": "updateWatchlist",
  "DELETE /api/v1/watchlists/{id}": "deleteWatchlist",
  "POST /api/v1/watchlists/{id}/rules": "addWatchRule",
  "DELETE /api/v1/watchlists/{id}/rules/{ruleId}": "removeWatchRule",
  "POST /api/v1/watchlists/{id}/feed": "newWatchlistFeed",
  "DELETE /api/v1/watchlists/{id}/feed": "revokeWatchlistFeed",
  "GET /api/v1/watchlists/feed/{secret}": "getWatchlistFeed",
  "GET /api/v1/alerts": "listAlerts",
  "POST /api/v1/alerts/read": "markAlertsRead",
};

const WEBHOOK_DOC =
  "With `webhookUrl`, every new alert is POSTed there as JSON `{delivery, watchlist: {id, name}, alerts: [...]}` (public addresses only, retried with exponential backoff on 5xx, 429 and network faults). Verify it: `X-Marsad-Timestamp` is the Unix time in seconds, `X-Marsad-Signature` is `sha256=` + hex HMAC-SHA256 of `<timestamp>.<raw body>` keyed with the watchlist's `webhookSecret`; compare in constant time and refuse old timestamps.";

/** `/api/v1/watchlists` and `/api/v1/alerts`, merged into the OpenAPI document. */
export function watchlistPaths(op: Op, json: Json, error: (description: string) => ZodOpenApiResponseObject): ZodOpenApiPathsObject {
  const id = z.object({ id: z.uuid().meta({ description: "Watchlist UUID" }) });
  const detail = json(watchlistDetailSchema, "The watchlist with its rules and last webhook deliveries");
  const notFound = error("No such watchlist visible to the caller");
  const forbidden = error("Only its owner or an admin may change it; sharing needs the editor role");
  const body = (schema: z.ZodType, name: string) => ({ content: { "application/json": { schema: schema.meta({ id: name }) } } });
  return {
    "/api/v1/watchlists": {
      get: op({ summary: "The caller's watchlists and the shared ones, with unread counts", responses: { "200": json(watchlistListResponseSchema, "Watchlists") } }),
      post: op({
        summary: "Make a watchlist: rules to follow (entity, country pair, event type, topic, saved search), optionally a webhook",
        description: WEBHOOK_DOC,
        requestBody: body(watchlistCreateSchema, "WatchlistCreate"),
        responses: { "201": detail, "400": error("An invalid field (named in `field`)") },
      }),
    },
    "/api/v1/watchlists/{id}": {
      get: op({ summary: "One watchlist", requestParams: { path: id }, responses: { "200": detail, "404": notFound } }),
      patch: op({
        summary: "Rename, share, set or remove the webhook, or mute it for the caller",
        requestParams: { path: id },
        requestBody: body(watchlistUpdateSchema, "WatchlistUpdate"),
        responses: { "200": detail, "400": error("An invalid field"), "404": notFound, "403": forbidden },
      }),
      delete: op({ summary: "Delete a watchlist and its alerts", requestParams: { path: id }, responses: { "204": { description: "Deleted" }, "404": notFound } }),
    },
    "/api/v1/watchlists/{id}/rules": {
      post: op({
        summary: "Add a rule",
        requestParams: { path: id },
        requestBody: body(watchRuleInputSchema, "WatchRuleInput"),
        responses: { "201": detail, "400": error("An invalid rule (named in `field`)"), "404": notFound },
      }),
    },
    "/api/v1/watchlists/{id}/rules/{ruleId}": {
      delete: op({
        summary: "Remove a rule",
        requestParams: { path: id.extend({ ruleId: z.uuid() }) },
        responses: { "200": detail, "404": error("No such watchlist or rule") },
      }),
    },
    "/api/v1/watchlists/{id}/feed": {
      post: op({
        summary: "A new secret Atom feed URL for the watchlist (the earlier one stops answering); shown once",
        requestParams: { path: id },
        responses: { "201": json(feedSecretResponseSchema, "The feed URL"), "404": notFound },
      }),
      delete: op({ summary: "Revoke the watchlist's Atom feed URL", requestParams: { path: id }, responses: { "204": { description: "Revoked" }, "404": notFound } }),
    },
    "/api/v1/watchlists/feed/{secret}": {
      get: {
        security: [],
        summary: "The watchlist's alerts as Atom 1.0 (the secret in the URL is the credential)",
        requestParams: { path: z.object({ secret: z.string() }) },
        responses: {
          "200": { description: "Atom feed", content: { "application/atom+xml": { schema: z.string() } } },
          "404": error("Unknown or revoked feed URL"),
        },
      },
    },
    "/api/v1/alerts": {
      get: op({
        summary: "The caller's alerts, newest first (of one watchlist, or of every unmuted one), and the unread count",
        requestParams: { query: alertListQuerySchema },
        responses: { "200": json(alertListResponseSchema, "Alerts"), "400": error("An invalid filter") },
      }),
    },
    "/api/v1/alerts/read": {
      post: op({
        summary: "Mark alerts read for the caller: the ones named, or all of a watchlist's",
        requestBody: body(alertReadSchema, "AlertRead"),
        responses: { "200": json(z.object({ marked: z.number().int() }), "How many were newly marked"), "400": error("Name alertIds or a watchlistId") },
      }),
    },
  };
}
