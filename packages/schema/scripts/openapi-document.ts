import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
} from "zod-openapi";
import { z } from "zod";
import {
  articleExportQuerySchema,
  articleListQuerySchema,
  articleListResponseSchema,
  articleResponseSchema,
  articleSubmissionSchema,
  batchResponseSchema,
  entityListResponseSchema,
  entityProfileResponseSchema,
  entitySearchQuerySchema,
  errorResponseSchema,
  eventDetachSchema,
  eventDetailResponseSchema,
  eventExportQuerySchema,
  eventListQuerySchema,
  eventListResponseSchema,
  factCorrectionResponseSchema,
  feedListResponseSchema,
  feedRegistrationSchema,
  feedSchema,
  healthResponseSchema,
  MAX_BATCH_SIZE,
  networkQuerySchema,
  peopleExportQuerySchema,
  searchQuerySchema,
  searchResponseSchema,
  submitResponseSchema,
} from "../src/zod";
import { WATCHLIST_OPERATION_IDS, watchlistPaths } from "./openapi-watchlists";

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const error = (description: string) => json(errorResponseSchema, description);

/** What a write can answer besides its own errors (see withWriteErrors). */
const bodyErrors: ZodOpenApiResponsesObject = {
  "413": error("Body larger than the limit (`limit` says how many bytes)"),
  "415": error("Content-Type is not application/json"),
};
const writeErrors: ZodOpenApiResponsesObject = {
  "429": error("Too many requests from this client: retry after `retryAfterSeconds` (also in `Retry-After`)"),
};

/** Answers every endpoint can give besides its own. */
const common: ZodOpenApiResponsesObject = {
  "401": error("No API token, or one that is unknown or revoked (`WWW-Authenticate: Bearer`)"),
  "403": error("The token's user lacks the role this needs (reading: viewer; submitting: editor; feeds: admin), or a browser request from another site"),
  "500": error("Unexpected failure (details are in the server log, never in the answer)"),
  "503": error("Postgres or Redis is unreachable, or no user exists yet on a production server; retry later"),
};

/** A file download of the export endpoints. */
const file = (what: string, types: Record<string, string>) => ({
  description: `${what}; \`X-Export-Limit\` is the row cap and \`X-Export-Truncated: true\` says the file was cut at it`,
  content: Object.fromEntries(Object.entries(types).map(([type, description]) => [type, { schema: z.string().meta({ description }) }])),
});

const exportOp = (summary: string, query: z.ZodObject, types: Record<string, string>): ZodOpenApiOperationObject =>
  op({
    summary,
    requestParams: { query },
    responses: { "200": file(summary, types), "400": error("Invalid filter (named in `field`)") },
  });

const TABLE_TYPES = { "text/csv": "UTF-8 CSV with a byte-order mark; cells starting with = + - @ are neutralised" };
const JSON_TYPES = { "application/json": "{items, limit, truncated}" };

const idParam = z.object({ id: z.uuid().meta({ description: "UUID" }) });

function op(operation: ZodOpenApiOperationObject): ZodOpenApiOperationObject {
  return { ...operation, responses: { ...operation.responses, ...common } };
}

/** `POST /api/v1/feeds/{id}/…`: an action on one feed that answers the feed as it left it. */
const feedAction = (summary: string, answer: string) => ({
  post: op({
    summary,
    requestParams: { path: idParam },
    responses: { "200": json(feedSchema, answer), "400": error("id is not a UUID"), "404": error("No such feed") },
  }),
});

const submissionBody = articleSubmissionSchema.meta({ id: "ArticleSubmission" });
const feedBody = feedRegistrationSchema.meta({ id: "FeedRegistration" });

const batchBody = z
  .object({ articles: z.array(articleSubmissionSchema).min(1).max(MAX_BATCH_SIZE) })
  .strict()
  .meta({ id: "BatchSubmission" });

/** A stable name for every operation, for generated clients (`marsad.submitArticle(…)`). */
const OPERATION_IDS: Record<string, string> = {
  "POST /api/v1/articles": "submitArticle",
  "GET /api/v1/articles": "listArticles",
  "POST /api/v1/articles/batch": "submitArticleBatch",
  "GET /api/v1/articles/{id}": "getArticle",
  "GET /api/v1/entities": "searchEntities",
  "GET /api/v1/entities/{id}": "getEntityProfile",
  "GET /api/v1/events": "listEvents",
  "GET /api/v1/events/{id}": "getEvent",
  "POST /api/v1/events/{id}/detach": "detachEventReport",
  "GET /api/v1/search": "searchArticles",
  "POST /api/v1/feeds": "registerFeed",
  "GET /api/v1/feeds": "listFeeds",
  "POST /api/v1/feeds/{id}/pause": "pauseFeed",
  "POST /api/v1/feeds/{id}/resume": "resumeFeed",
  "GET /api/v1/export/articles.csv": "exportArticlesCsv",
  "GET /api/v1/export/articles.json": "exportArticlesJson",
  "GET /api/v1/export/events.csv": "exportEventsCsv",
  "GET /api/v1/export/events.json": "exportEventsJson",
  "GET /api/v1/export/people.csv": "exportPeopleCsv",
  "GET /api/v1/export/people.json": "exportPeopleJson",
  "GET /api/v1/export/network.graphml": "exportNetworkGraphml",
  "GET /api/health": "getHealth",
  ...WATCHLIST_OPERATION_IDS,
};

/** Gives each operation its id; an operation without one stops the generation, naming it. */
function withOperationIds(paths: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  const methods = ["get", "post", "put", "patch", "delete"] as const;
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => {
      const named = { ...item };
      for (const method of methods) {
        const operation = named[method];
        if (!operation) continue;
        const operationId = OPERATION_IDS[`${method.toUpperCase()} ${path}`];
        if (!operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId: add one to OPERATION_IDS`);
        named[method] = { operationId, ...operation };
      }
      return [path, named];
    }),
  );
}

/**
 * Every write can be refused for its client's write allowance (429), and every write with a body
 * for its size (413) or type (415): added to each such operation, so no write can omit them.
 */
function withWriteErrors(paths: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  const writes = ["post", "put", "patch", "delete"] as const;
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => {
      const documented = { ...item };
      for (const method of writes) {
        const operation = documented[method];
        if (!operation) continue;
        const withBody = operation.requestBody ? bodyErrors : {};
        documented[method] = { ...operation, responses: { ...operation.responses, ...withBody, ...writeErrors } };
      }
      return [path, documented];
    }),
  );
}

/**
 * The OpenAPI 3.1 description of `/api/v1`, generated from the same zod schemas the server
 * validates with and the contract test checks the answers against.
 */
export function openApiDocument(version: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Marsad API",
      version,
      license: { name: "MIT", identifier: "MIT" },
      description:
        "Submit Arabic and English news articles and read what Marsad extracted from them: people, organizations, places, events and their coverage across outlets. Bodies are JSON (UTF-8); Arabic in query strings must be percent-encoded. Every call except /api/health and this document needs an API token (`Authorization: Bearer marsad_…`), made on the dashboard's account page or with `pnpm marsad users token NAME --name LABEL`; it acts with its user's role.",
    },
    components: {
      securitySchemes: { apiToken: { type: "http", scheme: "bearer", description: "An API token of a Marsad user (`marsad_…`)" } },
    },
    security: [{ apiToken: [] }],
    servers: [{ url: "http://localhost:3000" }],
    paths: withWriteErrors(withOperationIds({
      "/api/v1/articles": {
        post: op({
          summary: "Submit one article (its text, or a URL the worker fetches)",
          requestBody: { content: { "application/json": { schema: submissionBody } } },
          responses: {
            "201": json(submitResponseSchema, "Stored and queued; Location names the article"),
            "200": json(submitResponseSchema, "The same text (or URL) was already stored: duplicate is true"),
            "400": error("Invalid JSON or an invalid field (named in `field`)"),
          },
        }),
        get: op({
          summary: "List articles, newest first (cursor pagination)",
          requestParams: { query: articleListQuerySchema },
          responses: { "200": json(articleListResponseSchema, "One page"), "400": error("Invalid parameter or cursor") },
        }),
      },
      "/api/v1/articles/batch": {
        post: op({
          summary: `Submit up to ${MAX_BATCH_SIZE} articles; one result per item`,
          requestBody: { content: { "application/json": { schema: batchBody } } },
          responses: {
            "200": json(batchResponseSchema, "Each item created, duplicate or rejected with its reason"),
            "400": error("The body is not {articles: [...]} of the allowed size"),
          },
        }),
      },
      "/api/v1/articles/{id}": {
        get: op({
          summary: "One article: status, texts, metadata and its extraction",
          requestParams: { path: idParam },
          responses: { "200": json(articleResponseSchema, "The article"), "400": error("id is not a UUID"), "404": error("No such article") },
        }),
      },
      "/api/v1/entities": {
        get: op({
          summary: "Find people, organizations, places and countries by name (tolerant of spelling variants)",
          requestParams: { query: entitySearchQuerySchema },
          responses: { "200": json(entityListResponseSchema, "Best matches first"), "400": error("Invalid parameter") },
        }),
      },
      "/api/v1/entities/{id}": {
        get: op({
          summary: "An entity's profile: aliases, titles over time, events, co-participants, articles",
          requestParams: { path: idParam },
          responses: { "200": json(entityProfileResponseSchema, "The profile"), "400": error("id is not a UUID"), "404": error("No such entity") },
        }),
      },
      "/api/v1/events": {
        get: op({
          summary:
            "Events, dated ones newest first then undated, filtered by country, date range, type or participant; cursor pagination; include=articleIds adds each event's source articles",
          requestParams: { query: eventListQuerySchema },
          responses: { "200": json(eventListResponseSchema, "One page and the next page's cursor"), "400": error("Invalid parameter or cursor") },
        }),
      },
      "/api/v1/events/{id}": {
        get: op({
          summary: "One event with its participants and coverage log",
          requestParams: { path: idParam },
          responses: { "200": json(eventDetailResponseSchema, "The event"), "400": error("id is not a UUID"), "404": error("No such event") },
        }),
      },
      "/api/v1/events/{id}/detach": {
        post: op({
          summary: "Detach one article's report from the event (editor): it becomes an event of its own, recorded as a correction reprocessing keeps",
          requestParams: { path: idParam },
          requestBody: { content: { "application/json": { schema: eventDetachSchema.omit({ eventId: true }).meta({ id: "EventDetach" }) } } },
          responses: {
            "200": json(factCorrectionResponseSchema, "The recorded correction"),
            "400": error("id is not a UUID, or an invalid field (named in `field`)"),
            "404": error("This article does not report this event"),
          },
        }),
      },
      "/api/v1/search": {
        get: op({
          summary: "Full-text search over processed articles (Arabic clitics and spelling variants folded)",
          requestParams: { query: searchQuerySchema },
          responses: { "200": json(searchResponseSchema, "Ranked hits with snippets"), "400": error("Empty or invalid query") },
        }),
      },
      "/api/v1/feeds": {
        post: op({
          summary: "Register an RSS or Atom feed to poll",
          requestBody: { content: { "application/json": { schema: feedBody } } },
          responses: {
            "201": json(feedSchema, "Registered"),
            "200": json(feedSchema, "Already registered; its interval was updated"),
            "400": error("Invalid URL or interval (named in `field`)"),
          },
        }),
        get: op({ summary: "Registered feeds with their poll status", responses: { "200": json(feedListResponseSchema, "All feeds") } }),
      },
      "/api/v1/feeds/{id}/pause": feedAction(
        "Pause a feed (admin): it is not polled, and a poll already queued fetches nothing, until it is resumed",
        "The feed, with `pausedAt` set (kept if it was already paused)",
      ),
      "/api/v1/feeds/{id}/resume": feedAction("Resume a paused feed (admin): it is polled at once, then on its interval", "The feed, with `pausedAt` null"),
      "/api/v1/export/articles.csv": { get: exportOp("Articles matching the list's filters, as CSV", articleExportQuerySchema, TABLE_TYPES) },
      "/api/v1/export/articles.json": { get: exportOp("Articles matching the list's filters, as JSON", articleExportQuerySchema, JSON_TYPES) },
      "/api/v1/export/events.csv": { get: exportOp("Events matching the filters, as CSV", eventExportQuerySchema, TABLE_TYPES) },
      "/api/v1/export/events.json": { get: exportOp("Events matching the filters, as JSON", eventExportQuerySchema, JSON_TYPES) },
      "/api/v1/export/people.csv": { get: exportOp("People with their event counts, as CSV", peopleExportQuerySchema, TABLE_TYPES) },
      "/api/v1/export/people.json": { get: exportOp("People with their event counts, as JSON", peopleExportQuerySchema, JSON_TYPES) },
      "/api/v1/export/network.graphml": {
        get: exportOp("The who-met-whom network as GraphML (for Gephi)", networkQuerySchema, { "application/graphml+xml": "GraphML 1.0: weighted person–person and person–state edges" }),
      },
      ...watchlistPaths(op, json, error),
      "/api/health": {
        get: {
          security: [],
          summary: "Whether the dashboard reaches Postgres and Redis",
          responses: { "200": json(healthResponseSchema, "Both answer"), "503": json(healthResponseSchema, "One is down") },
        },
      },
    })),
  });
}
