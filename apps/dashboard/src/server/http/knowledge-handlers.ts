import { submitBatch, type ServiceDeps, type SubmissionLimit } from "@marsad/api";
import {
  EmptyQueryError,
  getEntityProfile,
  getEvent,
  getEventCoverage,
  listEvents,
  searchArticles,
  searchEntities,
} from "@marsad/db";
import { correctFact, FactCorrectionError, NEAR_DUPLICATE_BITS } from "@marsad/knowledge";
import {
  entitySearchQuerySchema,
  eventDetachSchema,
  eventListQuerySchema,
  MAX_BATCH_SIZE,
  MAX_SUBMISSION_BYTES,
  searchQuerySchema,
} from "@marsad/schema";
import { z } from "zod";
import type { Logger } from "../logger";
import { readJsonBody } from "./body";
import type { RequestSource } from "./request-source";
import { handlerRunner } from "./handle";
import { errorResponse, HttpError, jsonResponse } from "./errors";
import { parseOrThrow } from "./validation";

export interface KnowledgeHandlerDeps extends ServiceDeps {
  logger: Logger;
  /** The submission allowance of a client; absent, submissions are not limited. */
  limitSubmissions?: (client: string) => SubmissionLimit;
  /** Who sent a request (the client address limits are keyed on). */
  sourceOf: (request: Request) => RequestSource;
}

const batchBodySchema = z
  .object({
    articles: z
      .array(z.unknown(), { error: "articles must be an array of article objects" })
      .min(1, "articles must hold at least one article")
      .max(MAX_BATCH_SIZE, `articles must hold at most ${MAX_BATCH_SIZE} articles`),
  })
  .strict();

const uuid = z.uuid({ error: "id must be a UUID" });
const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/**
 * The REST API over the linked store: batch submission, entities, events and search. Plain
 * `Request → Response` functions; deps come from `getDeps` so tests can pass their own.
 */
export function createKnowledgeHandlers(getDeps: () => KnowledgeHandlerDeps) {
  const handle = handlerRunner(getDeps, (error) =>
    error instanceof EmptyQueryError ? errorResponse(400, `q: ${error.message}`, { field: "q" }) : undefined,
  );

  return {
    /** POST /api/v1/articles/batch: up to 500 articles, one result per item (created / duplicate / rejected). */
    submitBatch: (request: Request) =>
      handle(async (deps) => {
        // A full batch of large articles is bigger than one submission: allow 20 single-article bodies.
        const body = await readJsonBody(request, MAX_SUBMISSION_BYTES * 20);
        const { articles } = parseOrThrow(batchBodySchema, body);
        await deps.limitSubmissions?.(deps.sourceOf(request).client)(articles.length);
        const results = await submitBatch(deps, articles);
        const count = (r: string) => results.filter((x) => x.result === r).length;
        return jsonResponse(200, {
          created: count("created"),
          duplicates: count("duplicate"),
          rejected: count("rejected"),
          results,
        });
      }),

    /** GET /api/v1/entities?q=&type=&limit= */
    entities: (request: Request) =>
      handle(async (deps) => jsonResponse(200, { items: await searchEntities(deps.db, parseOrThrow(entitySearchQuerySchema, queryOf(request))) })),

    /** GET /api/v1/entities/{id}: aliases, titles over time, events, co-participants, articles. */
    entity: (_request: Request, rawId: string) =>
      handle(async (deps) => {
        const id = parseOrThrow(uuid, rawId);
        const profile = await getEntityProfile(deps.db, id);
        if (!profile) throw new HttpError(404, `no entity with id ${id}`);
        return jsonResponse(200, profile);
      }),

    /** GET /api/v1/events?country=&from=&to=&type=&personId=&limit=&cursor=&include=articleIds: one page and the next page's cursor. */
    events: (request: Request) =>
      handle(async (deps) => jsonResponse(200, await listEvents(deps.db, parseOrThrow(eventListQuerySchema, queryOf(request))))),

    /**
     * POST /api/v1/events/{id}/detach `{ articleId, note? }`: the article's report leaves the event
     * and becomes an event of its own; recorded as a correction that reprocessing keeps.
     */
    detachReport: (request: Request, rawId: string) =>
      handle(async (deps) => {
        const eventId = parseOrThrow(uuid, rawId);
        const body = await readJsonBody(request, 10_000);
        const input = parseOrThrow(eventDetachSchema.omit({ eventId: true }), body);
        try {
          return jsonResponse(200, await correctFact(deps.db, { factType: "report", action: "reject", eventId, ...input }));
        } catch (error) {
          if (error instanceof FactCorrectionError) throw new HttpError(404, error.message);
          throw error;
        }
      }),

    /** GET /api/v1/events/{id}: the event, its participants and its coverage log. */
    event: (_request: Request, rawId: string) =>
      handle(async (deps) => {
        const id = parseOrThrow(uuid, rawId);
        const event = await getEvent(deps.db, id);
        if (!event) throw new HttpError(404, `no event with id ${id}`);
        return jsonResponse(200, { ...event, coverage: await getEventCoverage(deps.db, id, NEAR_DUPLICATE_BITS) });
      }),

    /** GET /api/v1/search?q=&limit=&offset= */
    search: (request: Request) =>
      handle(async (deps) => jsonResponse(200, { items: await searchArticles(deps.db, parseOrThrow(searchQuerySchema, queryOf(request))) })),
  };
}
