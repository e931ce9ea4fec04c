import { EmptyQueryError, searchArticles, searchArticlesFiltered } from "@marsad/db";
import { articleListQuerySchema, searchQuerySchema } from "@marsad/schema";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, readProcedure } from "../trpc";

/**
 * The Articles page's search: the list's filters with a required query. Paged by offset, named
 * `cursor` so the page can page it like the list (tRPC's infinite queries read that field).
 */
const filteredSearchSchema = articleListQuerySchema
  .omit({ cursor: true, sort: true, q: true })
  .extend({ q: searchQuerySchema.shape.q, cursor: searchQuerySchema.shape.offset });

function badQuery(error: unknown): never {
  if (error instanceof EmptyQueryError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
  throw error;
}

export const searchRouter = createTRPCRouter({
  articles: readProcedure.input(searchQuerySchema).query(async ({ ctx, input }) => {
    try {
      return await searchArticles(ctx.db, input);
    } catch (error) {
      badQuery(error);
    }
  }),

  /** Best match first, with snippets and the number of matching articles. */
  filtered: readProcedure.input(filteredSearchSchema).query(async ({ ctx, input }) => {
    try {
      const { cursor, ...params } = input;
      return await searchArticlesFiltered(ctx.db, { ...params, offset: cursor });
    } catch (error) {
      badQuery(error);
    }
  }),
});
