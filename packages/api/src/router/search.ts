import { EmptyQueryError, searchArticles } from "@marsad/db";
import { searchQuerySchema } from "@marsad/schema";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, readProcedure } from "../trpc";

export const searchRouter = createTRPCRouter({
  articles: readProcedure.input(searchQuerySchema).query(async ({ ctx, input }) => {
    try {
      return await searchArticles(ctx.db, input);
    } catch (error) {
      if (error instanceof EmptyQueryError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
      throw error;
    }
  }),
});
