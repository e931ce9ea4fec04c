import {
  countArticlesByStatus,
  EmptyQueryError,
  getArticle,
  getArticleReading,
  getArticleStatuses,
  InvalidCursorError,
  listArticles,
} from "@marsad/db";
import {
  articleIdSchema,
  articleListQuerySchema,
  articleSubmissionSchema,
  htmlUploadSchema,
  MAX_BATCH_SIZE,
} from "@marsad/schema";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { RateLimitedError, retryArticle, RetryRefusedError, submitArticle, submitBatch, submitHtmlPage, UnreadableUploadError, type SubmissionLimit } from "../services";
import { createTRPCRouter, procedureWith, readProcedure } from "../trpc";

/** Takes `n` articles from the caller's allowance; over it, a 429 with when to retry. */
async function withinLimit(limit: SubmissionLimit | undefined, n: number): Promise<void> {
  try {
    await limit?.(n);
  } catch (error) {
    if (error instanceof RateLimitedError) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: error.message });
    throw error;
  }
}

export const articlesRouter = createTRPCRouter({
  submit: procedureWith("submit").input(articleSubmissionSchema).mutation(async ({ ctx, input }) => {
    await withinLimit(ctx.limitSubmissions, 1);
    return submitArticle(ctx, input);
  }),

  /** A saved HTML page, read on the server with Readability (nothing is fetched). */
  submitHtml: procedureWith("submit").input(htmlUploadSchema).mutation(async ({ ctx, input }) => {
    await withinLimit(ctx.limitSubmissions, 1);
    try {
      return await submitHtmlPage(ctx, Buffer.from(input.page, "base64"));
    } catch (error) {
      if (error instanceof UnreadableUploadError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
      throw error;
    }
  }),

  /** Items are validated one by one inside, so one bad item does not reject the batch. */
  submitBatch: procedureWith("submit")
    .input(z.object({ articles: z.array(z.unknown()).min(1).max(MAX_BATCH_SIZE) }))
    .mutation(async ({ ctx, input }) => {
      await withinLimit(ctx.limitSubmissions, input.articles.length);
      return submitBatch(ctx, input.articles);
    }),

  list: readProcedure.input(articleListQuerySchema).query(async ({ ctx, input }) => {
    try {
      return await listArticles(ctx.db, input);
    } catch (error) {
      if (error instanceof InvalidCursorError || error instanceof EmptyQueryError)
        throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
      throw error;
    }
  }),

  /** A failed article tried again: its link fetched again, or the text the reader pasted instead. */
  retry: procedureWith("submit")
    .input(z.object({ id: articleIdSchema, text: articleSubmissionSchema.shape.text }).strict())
    .mutation(async ({ ctx, input }) => {
      await withinLimit(ctx.limitSubmissions, 1);
      try {
        return await retryArticle(ctx, input.id, input.text);
      } catch (error) {
        if (!(error instanceof RetryRefusedError)) throw error;
        const code = error.reason === "notFound" ? "NOT_FOUND" : error.reason === "duplicate" ? "BAD_REQUEST" : "CONFLICT";
        throw new TRPCError({ code, message: error.message });
      }
    }),

  byId: readProcedure.input(z.object({ id: articleIdSchema })).query(async ({ ctx, input }) => {
    const article = await getArticle(ctx.db, input.id);
    if (!article) throw new TRPCError({ code: "NOT_FOUND", message: `no article with id ${input.id}` });
    return article;
  }),

  /** Entity highlights, events with evidence and the same story's other articles, for the reading view. */
  reading: readProcedure.input(z.object({ id: articleIdSchema })).query(async ({ ctx, input }) => {
    const reading = await getArticleReading(ctx.db, input.id);
    if (!reading) throw new TRPCError({ code: "NOT_FOUND", message: `no article with id ${input.id}` });
    return reading;
  }),

  statuses: readProcedure
    .input(z.object({ ids: z.array(articleIdSchema).max(200) }))
    .query(({ ctx, input }) => getArticleStatuses(ctx.db, input.ids)),

  counts: readProcedure.query(({ ctx }) => countArticlesByStatus(ctx.db)),
});
