import { submitArticle, type ServiceDeps, type SubmissionLimit } from "@marsad/api";
import { EmptyQueryError, getArticle, listArticles } from "@marsad/db";
import {
  articleIdSchema,
  articleListQuerySchema,
  articleSubmissionSchema,
  MAX_SUBMISSION_BYTES,
} from "@marsad/schema";
import type { Logger } from "../logger";
import { readJsonBody } from "./body";
import type { RequestSource } from "./request-source";
import { handlerRunner } from "./handle";
import { errorResponse, jsonResponse } from "./errors";
import { parseOrThrow } from "./validation";

export interface ArticlesHandlerDeps extends ServiceDeps {
  logger: Logger;
  /** The submission allowance of a client; absent, submissions are not limited. */
  limitSubmissions?: (client: string) => SubmissionLimit;
  /** Who sent a request (the client address limits are keyed on). */
  sourceOf: (request: Request) => RequestSource;
}

export interface ArticlesHandlerOptions {
  /** Largest accepted body in bytes; tests lower it. */
  maxBodyBytes?: number;
}

/**
 * The REST API of articles (`/api/v1/articles…`) as plain `Request → Response` functions. Deps are
 * fetched per request through `getDeps`, so the routes pass the process-wide singletons and
 * tests pass connections to a throwaway database.
 */
export function createArticlesHandlers(
  getDeps: () => ArticlesHandlerDeps,
  options: ArticlesHandlerOptions = {},
) {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_SUBMISSION_BYTES;

  const handle = handlerRunner(getDeps, (error) =>
    error instanceof EmptyQueryError ? errorResponse(400, `q: ${error.message}`, { field: "q" }) : undefined,
  );

  return {
    /** POST /api/v1/articles: 201 when stored, 200 with `duplicate: true` when the text was already there. */
    submit: (request: Request) =>
      handle(async (deps) => {
        const body = await readJsonBody(request, maxBodyBytes);
        const input = parseOrThrow(articleSubmissionSchema, body);
        await deps.limitSubmissions?.(deps.sourceOf(request).client)(1);
        const result = await submitArticle(deps, input);
        if (!result.created)
          return jsonResponse(200, { id: result.id, status: result.status, duplicate: true });
        const response = jsonResponse(201, { id: result.id, status: result.status });
        response.headers.set("Location", `/api/v1/articles/${result.id}`);
        return response;
      }),

    /** GET /api/v1/articles?limit=&cursor=&sort=&status=&q=&source=&country=&personId=&eventType=&from=&to= — `nextCursor` null on the last page. */
    list: (request: Request) =>
      handle(async (deps) => {
        const params = Object.fromEntries(new URL(request.url).searchParams);
        const query = parseOrThrow(articleListQuerySchema, params);
        return jsonResponse(200, await listArticles(deps.db, query));
      }),

    /** GET /api/v1/articles/{id}: every column of the article, dates as ISO strings. */
    byId: (_request: Request, rawId: string) =>
      handle(async (deps) => {
        const id = parseOrThrow(articleIdSchema, rawId);
        const article = await getArticle(deps.db, id);
        if (!article) return errorResponse(404, `no article with id ${id}`);
        return jsonResponse(200, article);
      }),
  };
}

export type ArticlesHandlers = ReturnType<typeof createArticlesHandlers>;
