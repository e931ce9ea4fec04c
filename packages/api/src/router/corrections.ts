import { listFactCorrections } from "@marsad/db";
import { correctFact, FactCorrectionError } from "@marsad/knowledge";
import { factCorrectionInputSchema } from "@marsad/schema";
import { factType } from "@marsad/schema/tables";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, procedureWith, readProcedure } from "../trpc";

export const correctionsRouter = createTRPCRouter({
  /** The audit log of corrections, newest first: of one article, or of one fact. */
  list: readProcedure
    .input(
      z.object({
        articleId: z.uuid().optional(),
        eventId: z.uuid().optional(),
        factType: z.enum(factType.enumValues).optional(),
        factKey: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      }),
    )
    .query(({ ctx, input }) => listFactCorrections(ctx.db, input)),

  /** Accepts, edits or rejects one extracted fact; the correction is applied now and after every reprocessing. */
  record: procedureWith("correct").input(factCorrectionInputSchema).mutation(async ({ ctx, input }) => {
    try {
      return await correctFact(ctx.db, input);
    } catch (error) {
      if (error instanceof FactCorrectionError) throw new TRPCError({ code: "NOT_FOUND", message: error.message, cause: error });
      throw error;
    }
  }),
});
