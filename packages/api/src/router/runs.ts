import { getExtractionRun, listExtractionRuns } from "@marsad/db";
import { reprocessScopeSchema } from "@marsad/schema";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { startReprocess } from "../services";
import { createTRPCRouter, procedureWith, readProcedure } from "../trpc";

export const runsRouter = createTRPCRouter({
  /** The most recent extraction runs with their progress (article statuses), newest first. */
  list: readProcedure
    .input(z.object({ limit: z.number().int().min(1).max(200).default(20) }).default({ limit: 20 }))
    .query(({ ctx, input }) => listExtractionRuns(ctx.db, input)),

  byId: readProcedure.input(z.object({ id: z.uuid() })).query(async ({ ctx, input }) => {
    const run = await getExtractionRun(ctx.db, input.id);
    if (!run) throw new TRPCError({ code: "NOT_FOUND", message: `no extraction run with id ${input.id}` });
    return run;
  }),

  /** Reads stored articles again with the current extractor: all of them, or those another version wrote. */
  reprocess: procedureWith("reprocess")
    .input(z.object({ scope: reprocessScopeSchema.default("outdated") }))
    .mutation(({ ctx, input }) => startReprocess(ctx, { scope: input.scope })),
});
